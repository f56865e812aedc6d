import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS, DEMO_LEAD_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { onPath, startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { sendRaw } from './raw-http'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_proxyrules_0123456789SECRET'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`

let upstream: FakeUpstream
let server: RunningServer

beforeAll(async () => {
  upstream = await startFakeUpstream(KEY)
  server = await startServer({ env: { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, CACHE_TTL_SECONDS: '0' } })
})

afterEach(() => upstream.reset())

afterAll(async () => {
  await server?.stop()
  await upstream?.close()
})

async function expectRefused(requestLine: string) {
  const answer = await sendRaw(server.url, requestLine)
  expect(answer.status, requestLine).toBe(404)
  expect(JSON.parse(answer.body), requestLine).toMatchObject({ success: false, code: 'NOT_FOUND' })
}

describe('what the proxy forwards', () => {
  it('forwards a read the page makes with the server key, whatever the browser sent as authorization', async () => {
    const response = await fetch(`${server.url}/api${CALL}`, { headers: { Authorization: 'Bearer browser-guess', Cookie: 'session=abc' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ success: true, data: { id: DEMO_CALL_IDS.closed } })
    expect(upstream.seen).toHaveLength(1)
    expect(upstream.seen[0]).toMatchObject({ method: 'GET', url: CALL })
    expect(upstream.seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(upstream.seen[0]!.headers.cookie).toBeUndefined()
  })

  it('passes an upstream error envelope and its rate-limit headers through', async () => {
    const response = await fetch(`${server.url}/api/v1/calls/00000000-0000-4000-8000-000000000000`)
    expect(response.status).toBe(404)
    expect(response.headers.get('x-ratelimit-limit')).toBe('100')
    expect(await response.json()).toMatchObject({ success: false, code: 'NOT_FOUND', error: 'Call not found' })
  })

  it('rebuilds the path and query it forwards: dot segments resolved, only the list filters the page sends', async () => {
    await sendRaw(server.url, `GET /api/v1/leads/./${DEMO_LEAD_IDS.marcusBellamy} HTTP/1.1`)
    await fetch(`${server.url}/api/v1/calls?status=closed&limit=5&secret=x&limit=9&closer_id=y`)
    expect(upstream.seen.map(({ url }) => url)).toEqual([`/v1/leads/${DEMO_LEAD_IDS.marcusBellamy}`, '/v1/calls?limit=5&status=closed'])
  })

  it.each([
    'GET /api/../admin HTTP/1.1',
    'GET /api/v1/../../admin HTTP/1.1',
    'GET /api/%2e%2e/admin HTTP/1.1',
    'GET /api/v1/calls%2F..%2F..%2Fadmin HTTP/1.1',
    `GET /api/v1/calls/${DEMO_CALL_IDS.closed}%2F..%2F..%2Fadmin HTTP/1.1`,
    `GET /api/v1/calls/${DEMO_CALL_IDS.closed}/../../../admin HTTP/1.1`,
    'GET /API/v1/calls HTTP/1.1',
    `GET /Api/v1/calls/${DEMO_CALL_IDS.closed} HTTP/1.1`,
    'GET /api.json HTTP/1.1',
    'GET //api/v1/calls HTTP/1.1',
    'GET /api//v1/calls HTTP/1.1',
    'GET /api/v2/calls HTTP/1.1',
    'GET /api/health HTTP/1.1',
    'GET /api/v1/webhooks HTTP/1.1',
    'GET /api/v1/__proto__/x HTTP/1.1',
    'GET /api/v1/constructor/x HTTP/1.1',
    'GET /api/v1/calls/__proto__ HTTP/1.1',
    'GET /api/v1/calls/%00 HTTP/1.1',
    'GET /api/v1/leads HTTP/1.1',
    `GET /api/v1/calls/${DEMO_CALL_IDS.closed}/transcript HTTP/1.1`,
    `POST /api${CALL} HTTP/1.1`,
    `PUT /api${CALL} HTTP/1.1`,
    `DELETE /api${CALL} HTTP/1.1`,
    `PATCH /api${CALL} HTTP/1.1`,
    `OPTIONS /api${CALL} HTTP/1.1`,
  ])('refuses %s with a 404 envelope and sends nothing upstream', async (requestLine) => {
    await expectRefused(requestLine)
    expect(upstream.seen).toEqual([])
  })

  it('never follows an upstream redirect, to any host', async () => {
    let elsewhere = 0
    const other = createServer((_req, res) => {
      elsewhere += 1
      res.end('{}')
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const location = `http://127.0.0.1:${(other.address() as AddressInfo).port}/steal`
    upstream.use(onPath(CALL, (_req, res) => res.writeHead(302, { location }).end()))
    const response = await fetch(`${server.url}/api${CALL}`)
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.json()).toMatchObject({ success: false, code: 'UPSTREAM_REDIRECT' })
    expect(elsewhere).toBe(0)
    other.close()
  })

  it('answers a 502 envelope when the upstream sends a web page or broken JSON', async () => {
    upstream.use(onPath(CALL, (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')))
    upstream.use(onPath('/v1/calls', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true,"data":[')))
    const page = await fetch(`${server.url}/api${CALL}`)
    expect(page.status).toBe(502)
    const envelope = (await page.json()) as { code: string; error: string }
    expect(envelope.code).toBe('UPSTREAM_NOT_JSON')
    expect(envelope.error).toMatch(/web page instead of data/)
    const broken = await fetch(`${server.url}/api/v1/calls`)
    expect(broken.status).toBe(502)
    expect(await broken.json()).toMatchObject({ code: 'UPSTREAM_INVALID_JSON' })
  })

  it('scrubs the key from an upstream answer that echoes the request, however the JSON spells it', async () => {
    upstream.use(
      onPath(CALL, (req, res) => {
        const escaped = KEY.replace('a', '\\u0061')
        const body = `{"success":false,"error":"bad header ${req.headers.authorization}","code":"X","echo":${JSON.stringify(req.headers)},"escaped":"${escaped}"}`
        res.writeHead(400, { 'content-type': 'application/json', 'retry-after': KEY }).end(body)
      }),
    )
    const response = await fetch(`${server.url}/api${CALL}`)
    const everything = JSON.stringify([...response.headers]) + (await response.text())
    expect(everything).toContain('[redacted]')
    expect(everything).not.toContain(KEY)
    expect(everything).not.toContain(KEY.replace('a', '\\u0061'))
    expect(server.logs.join('\n')).not.toContain(KEY)
  })
})

describe('requests that ended the old server', () => {
  it.each(['GET /foo%ZZ.html HTTP/1.1', 'GET http://[::1/api/x HTTP/1.1', 'GET /api/%ZZ HTTP/1.1', 'GET http://evil.example/api/v1/calls HTTP/1.1'])(
    'answers %s with an error and keeps serving',
    async (requestLine) => {
      const answer = await sendRaw(server.url, requestLine)
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.body).not.toMatch(/\bat .*\(|\/work\/|node_modules|\.ts:\d/)
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      expect(server.child.exitCode).toBeNull()
      expect(upstream.seen).toEqual([])
    },
  )
})

describe('demo mode', () => {
  it.each([
    ['/api/v1/__proto__/x', 404],
    ['/api/v1/constructor/x', 404],
    ['/api/v1/hasOwnProperty/x', 404],
    ['/api/v1/calls/__proto__', 404],
    ['/api/v1/leads/constructor', 404],
    // A well-formed id that is no call id: the Aura API's own validation answer.
    ['/api/v1/calls/constructor', 400],
  ])('answers %s with an error envelope (%i), no stack trace or file path', async (path, status) => {
      const demo = await demoServer()
      const response = await fetch(`${demo.url}${path}`)
      const body = await response.text()
      expect(response.status).toBe(status)
      expect(JSON.parse(body)).toMatchObject({ success: false })
      expect(body).not.toMatch(/\bat |\/work\/|node_modules|\.ts\b/)
  })
})

let demo: RunningServer | null = null
async function demoServer() {
  demo ??= await startServer({ env: { AURA_API_KEY: '' } })
  return demo
}
afterAll(async () => {
  await demo?.stop()
})
