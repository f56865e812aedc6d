import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { LookupName } from '@/features/lookups/lookup-name'
import { productQueries } from '@/features/lookups/lookup-queries'
import { useMaskField } from '@/features/privacy/use-mask-field'
import { formatMoney } from '@/lib/format/format'
import type { Call } from '@/entities/call/call-schema'
import { PaymentSummary } from './payment-summary'
import { StatusBadge } from '@/entities/call/status-badge'

export function OutcomePanel({ call }: { call: Call }) {
  const mask = useMaskField()
  return (
    <Panel heading="Outcome">
      <FieldList
        fields={[
          { label: 'Status', value: <StatusBadge status={call.status} /> },
          {
            label: 'Expected deal value',
            // The API sends cents with no currency; USD is its documented default.
            value: call.expectedDealValueCents === null ? null : mask(formatMoney(call.expectedDealValueCents, 'USD'), 'amount'),
          },
          {
            label: 'Product',
            value: call.productId && (
              <LookupName id={call.productId} query={productQueries.detail(call.productId)} pick={(p) => p.name} />
            ),
          },
          {
            label: 'Payment',
            value: call.linkedPaymentId && <PaymentSummary id={call.linkedPaymentId} />,
          },
          { label: 'Analysed', value: analysed(call.hasAnalysis) },
        ]}
      />
    </Panel>
  )
}

function analysed(hasAnalysis: boolean | null) {
  if (hasAnalysis === null) return null
  return hasAnalysis ? 'Yes, AI analysis is available' : 'Not yet'
}
