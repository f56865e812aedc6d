// A faithful, in-memory stand-in for the Aura Partner API: same paths, envelopes,
// error shapes and rate-limit headers. One pure function, so the demo server, the
// unit-test mocks and the browser tests' upstream all answer alike.
import { demoPayments, demoProducts } from './demo-data/catalog.ts'
import { demoCalls } from './demo-data/demo-store.ts'
import type { JsonObject } from './demo-data/json.ts'
import { demoLeads, demoTeam } from './demo-data/people.ts'
import { isUuid } from '../lib/ids/uuid.ts'
import { listCalls } from './list-calls.ts'

export type MockRequest = { method: string; url: string; authorization?: string | null }
export type MockResponse = { status: number; headers: Record<string, string>; body: string }

type MockApiOptions = {
  /** When set, requests must carry `Authorization: Bearer <requiredKey>`. */
  requiredKey?: string
  now?: () => number
}

const RATE_LIMIT = 100

// A Map, so that a path segment such as `__proto__` or `constructor` is just an unknown name.
const collections = new Map<string, { items: JsonObject[]; notFound: string }>([
  ['calls', { items: demoCalls, notFound: 'Call not found' }],
  ['leads', { items: demoLeads, notFound: 'Lead not found' }],
  ['team', { items: demoTeam, notFound: 'Team member not found' }],
  ['products', { items: demoProducts, notFound: 'Product not found' }],
  ['payments', { items: demoPayments, notFound: 'Payment not found' }],
])

export function createMockApi({ requiredKey, now = Date.now }: MockApiOptions = {}) {
  let requestCount = 0
  let windowStart = 0
  let usedInWindow = 0

  return function handle(request: MockRequest): MockResponse {
    requestCount += 1
    const requestId = `req_demo${requestCount.toString(36).padStart(6, '0')}`
    const minute = Math.floor(now() / 60_000)
    if (minute !== windowStart) {
      windowStart = minute
      usedInWindow = 0
    }
    const url = new URL(request.url, 'http://mock.invalid')
    // The health check needs no key, and costs none of its budget.
    if (url.pathname !== '/health') usedInWindow += 1
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - usedInWindow)),
      'x-ratelimit-reset': String((minute + 1) * 60),
      'x-request-id': requestId,
    }
    const reply = (status: number, payload: unknown): MockResponse => ({ status, headers, body: JSON.stringify(payload) })
    const fail = (status: number, code: string, error: string) =>
      reply(status, { success: false, error, code, requestId })

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return fail(405, 'METHOD_NOT_ALLOWED', `${request.method} is not supported here`)
    }
    if (url.pathname === '/health') return reply(200, { status: 'ok' })

    if (requiredKey !== undefined) {
      const given = request.authorization?.match(/^Bearer (.+)$/)?.[1]
      if (!given) return fail(401, 'UNAUTHORIZED', 'Missing API key')
      if (given !== requiredKey) return fail(401, 'UNAUTHORIZED', 'Invalid API key')
    }

    const [version, resource = '', id, ...rest] = url.pathname.split('/').filter(Boolean)
    const collection = collections.get(resource)
    if (version !== 'v1' || !collection || rest.length > 0) return fail(404, 'NOT_FOUND', 'Route not found')

    if (id === undefined) {
      if (resource !== 'calls') return fail(404, 'NOT_FOUND', 'Route not found')
      const page = listCalls(collection.items, url.searchParams)
      return 'error' in page ? fail(400, 'VALIDATION_ERROR', page.error) : reply(200, { success: true, ...page })
    }

    const decodedId = safeDecode(id)
    if (resource === 'calls' && !isUuid(decodedId)) return fail(400, 'VALIDATION_ERROR', 'Invalid call ID')
    const item = collection.items.find((entry) => entry.id === decodedId)
    return item ? reply(200, { success: true, data: item }) : fail(404, 'NOT_FOUND', collection.notFound)
  }
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
