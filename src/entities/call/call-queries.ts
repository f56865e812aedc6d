import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiGet, apiGetPage, type ApiPage } from '@/api/client'
import { isRecord } from '@/lib/schema/tolerant-schema'
import { normalizeCall } from './call-schema'

export const callQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['calls', 'detail', id],
      queryFn: async ({ signal }) => normalizeCall(await apiGet(`/v1/calls/${encodeURIComponent(id)}`, signal)),
    }),
}

/** Small on purpose: a page of a handful of rows keeps the start page short. */
export const RECENT_CALLS_PAGE_SIZE = 5

export const recentCallQueries = {
  list: (status: string | null) =>
    infiniteQueryOptions({
      queryKey: ['calls', 'list', { status }],
      queryFn: ({ pageParam, signal }) =>
        fetchCallListPage({ limit: String(RECENT_CALLS_PAGE_SIZE), ...(status && { status }) }, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
}

export type RecentCallsPage = Awaited<ReturnType<typeof fetchCallListPage>>

/** The API path of one page of the call list. */
export function callListPath(filters: Record<string, string>, cursor: string | null) {
  const params = new URLSearchParams(filters)
  if (cursor) params.set('cursor', cursor)
  return `/v1/calls?${params.toString()}`
}

/** One page of `GET /v1/calls`. */
export async function fetchCallListPage(filters: Record<string, string>, cursor: string | null, signal: AbortSignal) {
  return readCallListPage(await apiGetPage(callListPath(filters, cursor), signal), cursor)
}

/** The calls of one page that could be read, how many could not, and the cursor to the next page. */
export function readCallListPage({ data, pagination }: ApiPage, cursor: string | null) {
  if (!Array.isArray(data)) {
    throw new ApiError({ kind: 'unexpected-shape', message: 'The server answered with something other than a list of calls.' })
  }
  const calls = data.flatMap((raw) => {
    try {
      return [normalizeCall(raw)]
    } catch {
      return []
    }
  })
  return { calls, skipped: data.length - calls.length, nextCursor: readNextCursor(pagination, cursor) }
}

export type CallListPage = ReturnType<typeof readCallListPage>

/** Anything but a fresh, non-empty cursor with `has_more: true` ends the list, so odd pagination can't loop. */
function readNextCursor(pagination: unknown, current: string | null) {
  if (!isRecord(pagination) || pagination.has_more !== true) return null
  const next = pagination.next_cursor
  return typeof next === 'string' && next !== '' && next !== current ? next : null
}
