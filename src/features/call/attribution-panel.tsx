import { EmptyState } from '@/components/ui/empty-state'
import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import type { Attribution } from './call-schema'
import { FormValue } from './form-value'

const LABELS: Record<keyof Attribution, string> = {
  utmSource: 'Source',
  utmMedium: 'Medium',
  utmCampaign: 'Campaign',
  utmTerm: 'Term',
  utmContent: 'Content',
  referral: 'Referral',
}

export function AttributionPanel({ attribution }: { attribution: Attribution }) {
  const present = (Object.keys(LABELS) as (keyof Attribution)[]).filter((key) => attribution[key] !== null)
  return (
    <Panel heading="Attribution">
      {present.length === 0 ? (
        <EmptyState>No attribution was recorded for this call.</EmptyState>
      ) : (
        <FieldList fields={present.map((key) => ({ label: LABELS[key], value: <FormValue value={attribution[key]} /> }))} />
      )}
    </Panel>
  )
}
