import { humanizeIdentifier } from '@/lib/text/humanize-identifier'

// Clerk user ids, as the API uses for closers and setters (`user_2abc123xyz`).
const TEAM_MEMBER_ID = /^user_[A-Za-z0-9]+$/

export type OwnerLabel = (owner: string | null) => string | null

export function isTeamMemberId(owner: string | null): owner is string {
  return owner !== null && TEAM_MEMBER_ID.test(owner.trim())
}

/** An owner as text without any lookup: a team member's raw id, or a role such as "Lead". */
export function plainOwnerLabel(owner: string | null) {
  const trimmed = owner?.trim()
  if (!trimmed) return null
  return isTeamMemberId(trimmed) ? trimmed : humanizeIdentifier(trimmed)
}
