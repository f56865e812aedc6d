import { queryOptions, skipToken } from '@tanstack/react-query'
import { fetchCallListPage } from '@/entities/call/call-queries'
import type { Call } from '@/entities/call/call-schema'

/** The most calls the API sends in one page. */
export const LEAD_CALLS_PAGE_SIZE = 100
/** More than any lead's history needs; past it the page says there are more instead of paging on. */
export const LEAD_CALLS_MAX_PAGES = 10

/** The call list's filters for one lead's calls. */
export function leadCallsFilters(leadId: string) {
  return { lead_id: leadId, limit: String(LEAD_CALLS_PAGE_SIZE) }
}

export const leadCallQueries = {
  all: (leadId: string | null) =>
    queryOptions({
      queryKey: ['calls', 'by-lead', leadId],
      queryFn: leadId ? ({ signal }) => fetchLeadCalls(leadId, signal) : skipToken,
    }),
}

export type LeadCalls = Awaited<ReturnType<typeof fetchLeadCalls>>

/** Every call of one lead, following the cursor page by page, up to the page limit. */
async function fetchLeadCalls(leadId: string, signal: AbortSignal) {
  const calls = new Map<string, Call>()
  let skipped = 0
  let cursor: string | null = null
  for (let page = 0; page < LEAD_CALLS_MAX_PAGES; page += 1) {
    const answer = await fetchCallListPage(leadCallsFilters(leadId), cursor, signal)
    for (const call of answer.calls) {
      // A call naming another lead was not filtered for this one; and the list can shift between pages.
      const otherLead = call.leadId !== null && call.leadId !== leadId
      if (!otherLead && !calls.has(call.id)) calls.set(call.id, call)
    }
    skipped += answer.skipped
    cursor = answer.nextCursor
    if (cursor === null) break
  }
  return { calls: [...calls.values()], skipped, truncated: cursor !== null }
}
