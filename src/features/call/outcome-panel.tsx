import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { LookupName } from '@/features/lookups/lookup-name'
import { paymentQueries, productQueries } from '@/features/lookups/lookup-queries'
import type { Payment } from '@/features/lookups/lookup-schemas'
import { formatMoney, humanizeEnum } from '@/lib/format'
import type { Call } from './call-schema'
import { StatusBadge } from './status-badge'

export function OutcomePanel({ call }: { call: Call }) {
  return (
    <Panel heading="Outcome">
      <FieldList
        fields={[
          { label: 'Status', value: <StatusBadge status={call.status} /> },
          {
            label: 'Expected deal value',
            value: call.expectedDealValueCents === null ? null : formatMoney(call.expectedDealValueCents),
          },
          {
            label: 'Product',
            value: call.productId && (
              <LookupName id={call.productId} query={productQueries.detail(call.productId)} pick={(p) => p.name} />
            ),
          },
          {
            label: 'Payment',
            value: call.linkedPaymentId && (
              <LookupName id={call.linkedPaymentId} query={paymentQueries.detail(call.linkedPaymentId)} pick={describePayment} />
            ),
          },
          { label: 'Analysed', value: call.hasAnalysis === null ? null : call.hasAnalysis ? 'Yes' : 'Not yet' },
        ]}
      />
    </Panel>
  )
}

function describePayment(payment: Payment) {
  if (payment.amount === null) return payment.status && humanizeEnum(payment.status)
  const amount = formatMoney(payment.amount, payment.currency)
  return payment.status ? `${amount} · ${humanizeEnum(payment.status)}` : amount
}
