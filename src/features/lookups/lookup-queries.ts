import { queryOptions, skipToken } from '@tanstack/react-query'
import { apiGet } from '@/api/client'
import { nextTask } from '@/lib/scheduling/next-task'
import { normalizeLead, normalizePayment, normalizeProduct, normalizeTeamMember } from './lookup-schemas'

const LOOKUP_STALE_TIME = 5 * 60_000

/** The API path of one looked-up record. */
export function lookupPath(resource: 'leads' | 'team' | 'products' | 'payments', id: string) {
  return `/v1/${resource}/${encodeURIComponent(id)}`
}

function lookupQuery<T>(resource: Parameters<typeof lookupPath>[0], normalize: (raw: unknown) => T) {
  return (id: string | null) =>
    queryOptions({
      queryKey: [resource, 'detail', id],
      queryFn: id
        ? async ({ signal }) => {
            // Each lookup starts in a task of its own rather than all in the one that mounts the panels.
            await nextTask()
            return normalize(await apiGet(lookupPath(resource, id), signal))
          }
        : skipToken,
      staleTime: LOOKUP_STALE_TIME,
    })
}

export const leadQueries = { detail: lookupQuery('leads', normalizeLead) }
export const teamQueries = { detail: lookupQuery('team', normalizeTeamMember) }
export const productQueries = { detail: lookupQuery('products', normalizeProduct) }
export const paymentQueries = { detail: lookupQuery('payments', normalizePayment) }
