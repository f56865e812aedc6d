// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse, passthrough } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { server as msw } from '../../test/msw-server.ts'
import { createProxyMiddleware } from './proxy-middleware.ts'

const KEY = 'aura_pk_live_test_key'
const UPSTREAM = 'https://upstream.test/base'

let proxy: Server
let proxyUrl: string

beforeEach(async () => {
  const handler = createProxyMiddleware(new URL(UPSTREAM), KEY)
  proxy = createServer((req, res) => void handler(req, res))
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  msw.use(http.all(`${proxyUrl}/*`, () => passthrough()))
})

afterEach(() => {
  proxy.close()
})

describe(createProxyMiddleware.name, () => {
  it('adds the bearer key and passes status, body and rate-limit headers back unchanged', async () => {
    let seen: { authorization: string | null; url: string } | null = null
    msw.use(
      http.get(`${UPSTREAM}/v1/calls/abc`, ({ request }) => {
        seen = { authorization: request.headers.get('authorization'), url: request.url }
        return HttpResponse.json(
          { success: false, error: 'Call not found', code: 'NOT_FOUND', requestId: 'req_x' },
          { status: 404, headers: { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '97', 'X-RateLimit-Reset': '1900000000' } },
        )
      }),
    )
    const response = await fetch(`${proxyUrl}/v1/calls/abc?x=1`, { headers: { Authorization: 'Bearer browser-guess' } })
    expect(seen).toEqual({ authorization: `Bearer ${KEY}`, url: `${UPSTREAM}/v1/calls/abc?x=1` })
    expect(response.status).toBe(404)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('97')
    expect(response.headers.get('x-ratelimit-reset')).toBe('1900000000')
    expect(await response.json()).toEqual({ success: false, error: 'Call not found', code: 'NOT_FOUND', requestId: 'req_x' })
  })

  it('never echoes the key back to the browser', async () => {
    msw.use(http.get(`${UPSTREAM}/v1/calls/abc`, () => HttpResponse.json({ success: true, data: { id: 'abc' } })))
    const response = await fetch(`${proxyUrl}/v1/calls/abc`)
    const everything = JSON.stringify([...response.headers]) + (await response.text())
    expect(everything).not.toContain(KEY)
  })

  it('forwards only reads', async () => {
    const response = await fetch(`${proxyUrl}/v1/calls/abc`, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(await response.json()).toMatchObject({ success: false, code: 'METHOD_NOT_ALLOWED' })
  })

  it('answers 502 with an error envelope when the upstream is unreachable', async () => {
    msw.use(http.get(`${UPSTREAM}/v1/calls/abc`, () => HttpResponse.error()))
    const response = await fetch(`${proxyUrl}/v1/calls/abc`)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ success: false, code: 'UPSTREAM_UNREACHABLE' })
  })
})
