import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import type { ApiBackend } from '../../src/server/api/api-backend'
import { createApp } from '../../src/server/app/create-app'
import { createLogger } from '../../src/server/app/create-logger'
import { parseServerConfig } from '../../src/server/config/server-config'
import { onPath, startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { startServer, stopServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_operations_0123456789SECRET'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`

let upstream: FakeUpstream | null = null
const running: RunningServer[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()))
  await upstream?.close()
  upstream = null
})

async function liveServer(env: Record<string, string> = {}) {
  upstream = await startFakeUpstream(KEY)
  const server = await startServer({ env: { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, ...env } })
  running.push(server)
  return server
}

describe('health', () => {
  it('says the process is up, and whether the upstream answered lately', async () => {
    const server = await liveServer()
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ready', mode: 'live', upstream: { state: 'answering' }, redis: 'not configured' })
  })

  it('reports an upstream that stopped answering, without failing the probe', async () => {
    const server = await liveServer()
    await upstream!.close()
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'degraded', upstream: { state: 'unreachable', lastAnswerAt: null } })
  })
})

describe('logs', () => {
  it('writes one JSON line a request with its path but no query values, status, times, cache outcome and request id', async () => {
    const server = await liveServer({ CACHE_TTL_SECONDS: '30' })
    const first = await fetch(`${server.url}/api/v1/calls?limit=3&status=closed`, { headers: { Cookie: 'session=topsecret', Authorization: 'Bearer browser-token' } })
    const second = await fetch(`${server.url}/api/v1/calls?limit=3&status=closed`)
    await sleep(100)
    const lines = server.logLines().filter((line) => line.msg === 'request' && String(line.path).startsWith('/api/'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/api/v1/calls?limit&status',
      status: 200,
      cache: 'miss',
      request_id: first.headers.get('x-request-id'),
    })
    expect(lines[0]!.upstream_ms).toEqual(expect.any(Number))
    expect(lines[0]!.ms).toEqual(expect.any(Number))
    expect(lines[1]).toMatchObject({ cache: 'hit', upstream_ms: null, request_id: second.headers.get('x-request-id') })
    const everything = server.logs.join('\n')
    for (const secret of [KEY, 'topsecret', 'browser-token', 'closed']) expect(everything).not.toContain(secret)
  })

  it('gives every answer a request id of its own, and puts it in the error envelopes it writes', async () => {
    const server = await liveServer()
    upstream!.use(onPath(CALL, (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<p>down</p>')))
    const failed = await fetch(`${server.url}/api${CALL}`, { headers: { 'X-Request-Id': 'chosen-by-browser' } })
    const id = failed.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await failed.json()).toMatchObject({ requestId: id })
    const page = await fetch(`${server.url}/healthz`)
    expect(page.headers.get('x-request-id')).not.toBe(id)
  })
})

describe('stopping', () => {
  it('finishes requests in flight on SIGTERM, refuses new ones, and exits cleanly within 10 s', async () => {
    const server = await liveServer()
    upstream!.use(async (req) => {
      if (req.url === CALL) await sleep(1_500)
      return false
    })
    const inFlight = fetch(`${server.url}/api${CALL}`)
    await sleep(300)
    const started = Date.now()
    const exited = stopServer(server.child)
    await sleep(200)
    const refused = await fetch(`${server.url}/healthz`).then(
      (response) => response.status,
      () => 'refused',
    )
    expect([503, 'refused']).toContain(refused)
    const answer = await inFlight
    expect(answer.status).toBe(200)
    expect(await exited).toBe(0)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(server.logLines().some((line) => String(line.msg).startsWith('draining'))).toBe(true)
  })
})

describe('an exception inside one request', () => {
  it('answers a 500 envelope without a stack trace, and the server keeps serving', async () => {
    const parsed = parseServerConfig('start', {})
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
    const backend: ApiBackend = {
      mode: 'live',
      get: () => Promise.reject(new Error('boom at /work/main/src/server/secret-path.ts:12')),
      readiness: () => Promise.resolve({ upstream: { state: 'answering', lastAnswerAt: null }, redis: 'not configured' }),
      close: () => Promise.resolve(),
    }
    const app = await createApp(parsed.config, {
      backend,
      logger: createLogger('silent', []),
      frontend: { mount: () => Promise.resolve(), appShell: null, inlineHashes: () => ({ scripts: [], styles: [] }) },
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    try {
      const failed = await fetch(`http://127.0.0.1:${port}/api${CALL}`)
      const body = await failed.text()
      expect(failed.status).toBe(500)
      expect(JSON.parse(body)).toMatchObject({ success: false, code: 'INTERNAL_ERROR', requestId: failed.headers.get('x-request-id') })
      expect(body).not.toMatch(/boom|\/work\/|\.ts/)
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
    } finally {
      await app.close()
    }
  })
})
