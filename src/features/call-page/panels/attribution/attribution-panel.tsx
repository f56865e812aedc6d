import { EmptyState } from '@/components/ui/empty-state'
import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { SafeLink } from '@/components/ui/safe-link'
import { WEB_PROTOCOLS, safeHref } from '@/lib/url/safe-url'
import type { Attribution } from '@/entities/call/call-schema'

// Readable names first; the UTM parameter stays visible for whoever set up the campaign.
const FIELDS: readonly { key: keyof Attribution; label: string; param?: string }[] = [
  { key: 'utmSource', label: 'Source', param: 'utm_source' },
  { key: 'utmMedium', label: 'Medium', param: 'utm_medium' },
  { key: 'utmCampaign', label: 'Campaign', param: 'utm_campaign' },
  { key: 'utmTerm', label: 'Search term', param: 'utm_term' },
  { key: 'utmContent', label: 'Ad content', param: 'utm_content' },
  { key: 'referral', label: 'Referral' },
]

/** Where the lead came from: UTM parameters and referral, as sent; a web referral becomes a safe link. */
export function AttributionPanel({ attribution }: { attribution: Attribution }) {
  const present = FIELDS.filter(({ key }) => attribution[key] !== null)
  return (
    <Panel heading="Attribution">
      {present.length === 0 ? (
        <EmptyState>No attribution was recorded for this call.</EmptyState>
      ) : (
        <FieldList
          fields={present.map(({ key, label, param }) => ({
            label,
            value: <AttributionValue value={attribution[key]} param={param} />,
          }))}
        />
      )}
    </Panel>
  )
}

function AttributionValue({ value, param }: { value: string | null; param?: string }) {
  if (value === null) return null
  return (
    <span className="flex flex-col">
      {safeHref(value, WEB_PROTOCOLS) ? (
        <SafeLink href={value} allowed={WEB_PROTOCOLS} className="break-all" />
      ) : (
        <span className="wrap-anywhere">{value}</span>
      )}
      {param && <span className="font-mono text-xs text-muted-foreground">{param}</span>}
    </span>
  )
}
