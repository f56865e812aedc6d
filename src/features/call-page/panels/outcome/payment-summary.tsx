import { DateTime } from '@/components/ui/date-time'
import { LookupName } from '@/features/lookups/lookup-name'
import { paymentQueries } from '@/features/lookups/lookup-queries'
import type { Payment } from '@/features/lookups/lookup-schemas'
import { useMaskField } from '@/features/privacy/use-mask-field'
import { formatMoney, humanizeEnum } from '@/lib/format/format'
import { PaymentStatusBadge } from './payment-status-badge'

/** The linked payment, looked up on its own: amount and currency, status, date, refund and provider. */
export function PaymentSummary({ id }: { id: string }) {
  const mask = useMaskField()
  return (
    <LookupName id={id} query={paymentQueries.detail(id)} pick={(payment) => mask(paymentAmount(payment), 'amount')}>
      {(payment) => <PaymentDetail payment={payment} />}
    </LookupName>
  )
}

/** "$4,800.00 USD": the code is spelled out because "$" alone does not say which dollar. */
export function paymentAmount(payment: Payment) {
  if (payment.amount === null) return null
  const code = payment.currency?.trim().toUpperCase() || 'USD'
  return `${formatMoney(payment.amount, code)} ${code}`
}

function PaymentDetail({ payment }: { payment: Payment }) {
  const mask = useMaskField()
  const refunded = payment.refunded_amount !== null && payment.refunded_amount > 0
  return (
    <span className="flex flex-col items-start gap-1 text-xs text-muted-foreground">
      {payment.status && <PaymentStatusBadge status={payment.status} />}
      {payment.payment_date && (
        <span>
          Payment date: <DateTime value={payment.payment_date} />
        </span>
      )}
      {refunded && (
        <span className="text-foreground">
          {`Refunded ${mask(formatMoney(payment.refunded_amount, payment.currency), 'amount')}`}
          {payment.refund_status && ` · ${humanizeEnum(payment.refund_status)}`}
        </span>
      )}
      {payment.provider && <span>{`via ${humanizeEnum(payment.provider)}`}</span>}
    </span>
  )
}
