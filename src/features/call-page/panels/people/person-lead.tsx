import { SafeLink } from '@/components/ui/safe-link'
import { LookupName } from '@/features/lookups/lookup-name'
import { leadQueries } from '@/features/lookups/lookup-queries'
import type { Lead } from '@/features/lookups/lookup-schemas'
import { useMaskField } from '@/features/privacy/use-mask-field'
import { mailtoHref, telHref } from '@/lib/url/contact-href'
import { PersonLocalTime } from './person-local-time'

type PersonLeadProps = { id: string; now: Date; locale?: string }

/** The lead, looked up on its own: name, how to reach them, and what time it is where they are. */
export function PersonLead({ id, now, locale }: PersonLeadProps) {
  return (
    <LookupName id={id} query={leadQueries.detail(id)} pick={(lead) => lead.full_name}>
      {(lead) => <LeadDetail lead={lead} now={now} locale={locale} />}
    </LookupName>
  )
}

function LeadDetail({ lead, now, locale }: { lead: Lead; now: Date; locale?: string }) {
  const mask = useMaskField()
  const email = mask(lead.email, 'email')
  const phone = mask(lead.phone, 'phone')
  return (
    <span className="flex flex-col text-xs text-muted-foreground">
      {lead.company && <span>{lead.company}</span>}
      {email && (
        <SafeLink href={mailtoHref(email)} className="py-1 break-all">
          {email}
        </SafeLink>
      )}
      {phone && <SafeLink href={telHref(phone)} className="py-1">{phone}</SafeLink>}
      {lead.timezone && <PersonLocalTime zone={lead.timezone} now={now} locale={locale} />}
    </span>
  )
}
