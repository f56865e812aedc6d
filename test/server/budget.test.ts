import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { onPath, startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_budget_0123456789SECRET'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`

const running: RunningServer[] = []
let upstream: FakeUpstream

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()))
  await upstream?.close()
})

async function setUp(env: Record<string, string> = {}, rateLimit?: { limit: number }) {
  upstream = await startFakeUpstream(KEY, rateLimit)
  const server = await startServer({ env: { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, ...env } })
  running.push(server)
  return server
}

function distinctCallPaths(count: number) {
  return Array.from({ length: count }, (_, index) => `/api/v1/calls/7f3c2a10-1111-4222-8333-${String(index).padStart(12, '0')}`)
}

describe('one upstream request for many identical reads', () => {
  it('makes one upstream request for 50 teammates opening the same call at once', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '0' })
    upstream.use(async (req) => {
      if (req.url === CALL) await sleep(300)
      return false
    })
    const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.url}/api${CALL}`)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200))
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ data: { id: string } }>))
    expect(new Set(bodies.map((body) => body.data.id))).toEqual(new Set([DEMO_CALL_IDS.closed]))
    expect(upstream.seen).toHaveLength(1)
    expect(answers.filter((answer) => answer.headers.get('x-cache') === 'coalesced')).toHaveLength(49)
  })

  it('serves a successful read from the cache until it expires, then asks again', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '1' })
    for (let index = 0; index < 5; index += 1) expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(200)
    expect(upstream.seen).toHaveLength(1)
    const hit = await fetch(`${server.url}/api${CALL}`)
    expect(hit.headers.get('x-cache')).toBe('hit')
    await sleep(1_100)
    await fetch(`${server.url}/api${CALL}`)
    expect(upstream.seen).toHaveLength(2)
  })

  it('never caches an error', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '30' })
    let failures = 2
    upstream.use(
      onPath(CALL, (_req, res) => {
        if (failures-- > 0) res.writeHead(503, { 'content-type': 'application/json' }).end('{"success":false,"error":"down","code":"UNAVAILABLE"}')
        else res.writeHead(200, { 'content-type': 'application/json' }).end(`{"success":true,"data":{"id":"${DEMO_CALL_IDS.closed}"}}`)
      }),
    )
    expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(503)
    expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(503)
    expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(200)
    expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(200)
    expect(upstream.seen).toHaveLength(3)
  })

  it('keys the cache by path and query', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '30' })
    await fetch(`${server.url}/api/v1/calls?limit=1`)
    await fetch(`${server.url}/api/v1/calls?limit=2`)
    await fetch(`${server.url}/api/v1/calls?limit=1&ignored=x`)
    expect(upstream.seen.map(({ url }) => url)).toEqual(['/v1/calls?limit=1', '/v1/calls?limit=2'])
  })
})

describe('the key’s rate limit', () => {
  it('never sends more than the limit a minute, and answers the rest at once with a 429 and Retry-After', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '0', UPSTREAM_RATE_LIMIT: '20' })
    const answers = await Promise.all(distinctCallPaths(30).map((path) => fetch(`${server.url}${path}`)))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 429)).toHaveLength(10)
    expect(upstream.seen).toHaveLength(20)
    const limited = answers.find((answer) => answer.status === 429)!
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(50)
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(await limited.json()).toMatchObject({ success: false, code: 'RATE_LIMITED' })
  })

  it('takes the lower limit the upstream announces', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '0' }, { limit: 5 })
    await fetch(`${server.url}/api${CALL}`)
    const answers = await Promise.all(distinctCallPaths(10).map((path) => fetch(`${server.url}${path}`)))
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(6)
    expect(upstream.seen).toHaveLength(5)
  })

  it('queues while the upstream says its window is spent, then serves every request without a 429', async () => {
    const server = await setUp({ CACHE_TTL_SECONDS: '0', RATE_QUEUE_MAX_WAIT_MS: '5000' })
    // An ordinary answer first: its X-RateLimit-* headers describe a window ending later than the 429's.
    expect((await fetch(`${server.url}/api${CALL}`)).status).toBe(200)
    // Another client of the same key spent the window; it resets in 2 s.
    const resetAt = Math.ceil(Date.now() / 1000) + 2
    let limited = 0
    upstream.use((req, res) => {
      if (Date.now() >= resetAt * 1000) return false
      limited += 1
      res.writeHead(429, { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt) })
      res.end(`{"success":false,"error":"Rate limit exceeded","code":"RATE_LIMITED","requestId":"req_${req.url}"}`)
      return true
    })
    const started = Date.now()
    const answers = await Promise.all(distinctCallPaths(8).map((path) => fetch(`${server.url}${path}`)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(404))
    expect(Date.now()).toBeGreaterThanOrEqual(Math.min(resetAt * 1000, started + 1_000))
    expect(limited).toBeGreaterThanOrEqual(1)
    expect(limited).toBeLessThanOrEqual(8)
  })
})
