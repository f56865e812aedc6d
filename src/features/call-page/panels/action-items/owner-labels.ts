import { useQueries } from '@tanstack/react-query'
import { teamQueries } from '@/features/lookups/lookup-queries'
import type { ActionItem } from '@/entities/call/call-schema'
import { isTeamMemberId, plainOwnerLabel, type OwnerLabel } from './owner'

/**
 * Owner names for text the panel produces (checklist, calendar): a team member's
 * name once their lookup has loaded, the raw id until then or after a failure.
 * It shares the cache with the `LookupName`s on screen, so it adds no requests.
 */
export function useOwnerLabels(items: readonly ActionItem[]): OwnerLabel {
  const ids = [...new Set(items.map((item) => item.owner?.trim() ?? null).filter(isTeamMemberId))]
  const names = useQueries({
    queries: ids.map((id) => teamQueries.detail(id)),
    combine: (results) => results.map((result) => result.data?.name ?? null),
  })
  const byId = new Map(ids.map((id, index) => [id, names[index] ?? null]))
  return (owner) => {
    const trimmed = owner?.trim() ?? null
    return (isTeamMemberId(trimmed) ? byId.get(trimmed) : null) ?? plainOwnerLabel(owner)
  }
}
