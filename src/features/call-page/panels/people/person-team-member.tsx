import { Avatar } from '@/components/ui/avatar'
import { SafeLink } from '@/components/ui/safe-link'
import { LookupName } from '@/features/lookups/lookup-name'
import { teamQueries } from '@/features/lookups/lookup-queries'
import type { TeamMember } from '@/features/lookups/lookup-schemas'
import { useMaskField } from '@/features/privacy/use-mask-field'
import { mailtoHref } from '@/lib/url/contact-href'
import { humanizeEnum } from '@/lib/format/format'

/** A closer or setter, looked up on its own: avatar, name, email and role. */
export function PersonTeamMember({ id }: { id: string }) {
  return (
    <LookupName
      id={id}
      query={teamQueries.detail(id)}
      pick={(member) => member.name}
      leading={(member) => <Avatar src={member.avatar_url} name={member.name} size={32} />}
    >
      {(member) => <MemberDetail member={member} />}
    </LookupName>
  )
}

function MemberDetail({ member }: { member: TeamMember }) {
  const email = useMaskField()(member.email, 'email')
  return (
    <span className="flex flex-col text-xs text-muted-foreground">
      {email && (
        <SafeLink href={mailtoHref(email)} className="py-1 break-all">
          {email}
        </SafeLink>
      )}
      {member.role && <span>{humanizeEnum(member.role)}</span>}
    </span>
  )
}
