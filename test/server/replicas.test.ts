import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { startRedis } from './redis-server'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_replicas_0123456789SECRET'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`

let upstream: FakeUpstream
let redis: Awaited<ReturnType<typeof startRedis>>
let replicas: RunningServer[]

beforeAll(async () => {
  upstream = await startFakeUpstream(KEY)
  redis = await startRedis()
  const env = { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, REDIS_URL: redis.url }
  replicas = await Promise.all([startServer({ env }), startServer({ env })])
  await Promise.all(replicas.map((replica) => waitForRedis(replica, 'ready')))
})

afterAll(async () => {
  await Promise.all(replicas?.map((replica) => replica.stop()) ?? [])
  await redis?.stop()
  await upstream?.close()
})

async function readiness(replica: RunningServer) {
  return (await (await fetch(`${replica.url}/readyz`)).json()) as { status: string; redis: string }
}

async function waitForRedis(replica: RunningServer, state: string) {
  const deadline = Date.now() + 10_000
  while ((await readiness(replica)).redis !== state && Date.now() < deadline) await sleep(100)
  expect((await readiness(replica)).redis).toBe(state)
}

describe('two replicas sharing one Redis', () => {
  it('make at most 2 upstream requests for 100 concurrent opens of one call across both', async () => {
    upstream.reset()
    upstream.use(async (req) => {
      if (req.url === CALL) await sleep(200)
      return false
    })
    const opens = Array.from({ length: 100 }, (_, index) => fetch(`${replicas[index % 2]!.url}/api${CALL}`))
    const answers = await Promise.all(opens)
    expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(200))
    expect(upstream.seen.filter(({ url }) => url === CALL).length).toBeLessThanOrEqual(2)
    // The cache is shared too: the other replica answers the next open without the upstream.
    const later = await fetch(`${replicas[1]!.url}/api${CALL}`)
    expect(later.headers.get('x-cache')).toBe('hit')
    expect(upstream.seen.filter(({ url }) => url === CALL).length).toBeLessThanOrEqual(2)
  })

  it('spend one rate budget: a burst of 300 distinct reads puts at most the key’s limit on the upstream, and uses all of it', async () => {
    const keyed = () => upstream.seen.filter(({ headers }) => headers.authorization).length
    const before = keyed()
    const paths = Array.from({ length: 300 }, (_, index) => `/api/v1/calls/7f3c2a10-1111-4222-8333-${String(index).padStart(12, '0')}`)
    const answers = await Promise.all(paths.map((path, index) => fetch(`${replicas[index % 2]!.url}${path}`)))
    const statuses = answers.map((answer) => answer.status)
    const sent = keyed() - before
    // 100 a minute for the key, counting what the test before spent within this minute.
    expect(keyed()).toBe(100)
    // No browser saw a 429 that the budget could have absorbed: each read that was not sent got one.
    expect(statuses.filter((status) => status !== 429)).toHaveLength(sent)
    for (const answer of answers.filter(({ status }) => status === 429)) {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })

  it('keeps serving from memory when Redis goes away, says so, and shares again when it is back', async () => {
    await redis.stop()
    await Promise.all(replicas.map((replica) => waitForRedis(replica, 'unavailable')))
    const readyz = await readiness(replicas[0]!)
    expect(readyz).toMatchObject({ status: 'degraded', redis: 'unavailable' })
    const answers = await Promise.all(replicas.map((replica) => fetch(`${replica.url}/api/v1/leads/${'0'.repeat(8)}-0000-4000-8000-000000000000`)))
    expect(answers.map((answer) => answer.status)).toEqual([404, 404])
    for (const replica of replicas) {
      expect(replica.logLines().some((line) => line.redis === 'unavailable' && line.level === 'warn')).toBe(true)
    }
    await redis.restart()
    await Promise.all(replicas.map((replica) => waitForRedis(replica, 'ready')))
  })
})
