import { queryOptions, skipToken } from '@tanstack/react-query'
import { fetchCallListPage, type CallListPage } from '@/entities/call/call-queries'
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

export type LeadCalls = ReturnType<typeof leadCallsFromPages>

/** Every call of one lead, following the cursor page by page, up to the page limit. */
async function fetchLeadCalls(leadId: string, signal: AbortSignal) {
  const pages: CallListPage[] = []
  let cursor: string | null = null
  for (let page = 0; page < LEAD_CALLS_MAX_PAGES; page += 1) {
    const answer: CallListPage = await fetchCallListPage(leadCallsFilters(leadId), cursor, signal)
    pages.push(answer)
    cursor = answer.nextCursor
    if (cursor === null) break
  }
  return leadCallsFromPages(leadId, pages)
}

/** One lead's calls from the pages of its list; more to come when the last page has a cursor. */
export function leadCallsFromPages(leadId: string, pages: readonly CallListPage[]) {
  const calls = new Map<string, Call>()
  for (const call of pages.flatMap((page) => page.calls)) {
    // A call naming another lead was not filtered for this one; and the list can shift between pages.
    const otherLead = call.leadId !== null && call.leadId !== leadId
    if (!otherLead && !calls.has(call.id)) calls.set(call.id, call)
  }
  const skipped = pages.reduce((sum, page) => sum + page.skipped, 0)
  return { calls: [...calls.values()], skipped, truncated: (pages.at(-1)?.nextCursor ?? null) !== null }
}
