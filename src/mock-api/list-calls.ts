import type { JsonObject } from './demo-data/json.ts'

const FILTERS = ['status', 'lead_id', 'closer_id', 'setter_id', 'booking_link_id'] as const
const HEAVY_FIELDS = new Set(['transcript_data', 'form_data', 'action_items', 'ai_summary'])

/** `GET /v1/calls`: filters, then cursor pagination (the cursor is an opaque offset). */
type CallPage = { data: JsonObject[]; pagination: { next_cursor: string | null; has_more: boolean } }

export function listCalls(calls: JsonObject[], params: URLSearchParams): CallPage | { error: string } {
  const limit = Number(params.get('limit') ?? 50)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { error: 'limit must be between 1 and 100' }
  const cursor = params.get('cursor')
  const offset = cursor ? decodeCursor(cursor) : 0
  if (!Number.isInteger(offset) || offset < 0) return { error: 'Invalid cursor' }

  const upcoming = params.get('is_upcoming')
  const matching = calls.filter((call) => {
    const byField = FILTERS.every((key) => !params.has(key) || fieldOf(call, key) === params.get(key))
    if (!byField) return false
    if (upcoming === null) return true
    const isUpcoming = typeof call.scheduled_at === 'string' && Date.parse(call.scheduled_at) > Date.now()
    return isUpcoming === (upcoming === 'true')
  })
  const data = matching.slice(offset, offset + limit).map(summarize)
  const hasMore = offset + limit < matching.length
  return { data, pagination: { next_cursor: hasMore ? btoa(String(offset + limit)) : null, has_more: hasMore } }
}

function fieldOf(call: JsonObject, key: (typeof FILTERS)[number]) {
  return key === 'status' ? (call.status ?? call.outcome) : call[key]
}

function summarize(call: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(call).filter(([key]) => !HEAVY_FIELDS.has(key)))
}

function decodeCursor(cursor: string) {
  try {
    return Number(atob(cursor))
  } catch {
    return Number.NaN
  }
}
