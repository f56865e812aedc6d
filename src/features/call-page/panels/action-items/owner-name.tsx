import { LookupName } from '@/features/lookups/lookup-name'
import { teamQueries } from '@/features/lookups/lookup-queries'
import { EMPTY } from '@/lib/format/format'
import { isTeamMemberId, plainOwnerLabel } from './owner'

/** A team member's name looked up from their id; any other owner ("lead") as text. */
export function ActionItemOwnerName({ owner }: { owner: string | null }) {
  const id = owner?.trim() ?? null
  if (isTeamMemberId(id)) {
    return <LookupName id={id} query={teamQueries.detail(id)} pick={(member) => member.name} />
  }
  const label = plainOwnerLabel(owner)
  return label ? <span className="wrap-anywhere">{label}</span> : <span className="text-muted-foreground">{EMPTY}</span>
}
