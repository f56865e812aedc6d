import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { SafeLink } from '@/components/ui/safe-link'
import { LookupName } from '@/features/lookups/lookup-name'
import { leadQueries, teamQueries } from '@/features/lookups/lookup-queries'
import type { Lead, TeamMember } from '@/features/lookups/lookup-schemas'
import { humanizeEnum } from '@/lib/format'
import type { Call } from './call-schema'

export function PeoplePanel({ call }: { call: Call }) {
  return (
    <Panel heading="People">
      <FieldList
        fields={[
          {
            label: 'Lead',
            value: call.leadId && (
              <LookupName id={call.leadId} query={leadQueries.detail(call.leadId)} pick={(lead) => lead.full_name}>
                {(lead) => <LeadContact lead={lead} />}
              </LookupName>
            ),
          },
          { label: 'Closer', value: call.closerId && <TeamMemberName id={call.closerId} /> },
          { label: 'Setter', value: call.setterId && <TeamMemberName id={call.setterId} /> },
        ]}
      />
    </Panel>
  )
}

function TeamMemberName({ id }: { id: string }) {
  return (
    <LookupName id={id} query={teamQueries.detail(id)} pick={(member) => member.name}>
      {(member) => <MemberDetail member={member} />}
    </LookupName>
  )
}

function LeadContact({ lead }: { lead: Lead }) {
  return (
    <span className="flex flex-col text-xs text-muted-foreground">
      {lead.company && <span>{lead.company}</span>}
      {lead.email && <SafeLink href={`mailto:${lead.email}`}>{lead.email}</SafeLink>}
      {lead.phone && <SafeLink href={`tel:${lead.phone.replace(/[^\d+]/g, '')}`}>{lead.phone}</SafeLink>}
      {lead.timezone && <span>{lead.timezone}</span>}
    </span>
  )
}

function MemberDetail({ member }: { member: TeamMember }) {
  return (
    <span className="flex flex-col text-xs text-muted-foreground">
      {member.email && <SafeLink href={`mailto:${member.email}`}>{member.email}</SafeLink>}
      {member.role && <span>{humanizeEnum(member.role)}</span>}
    </span>
  )
}
