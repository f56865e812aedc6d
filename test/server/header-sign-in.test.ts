import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_header_0123456789SECRET'
const CALL = `/api/v1/calls/${DEMO_CALL_IDS.closed}`

let upstream: FakeUpstream
let server: RunningServer

beforeAll(async () => {
  upstream = await startFakeUpstream(KEY)
  server = await startServer({
    env: {
      HOST: '0.0.0.0',
      AURA_API_KEY: KEY,
      AURA_API_URL: upstream.url,
      AUTH_MODE: 'header',
      AUTH_HEADER: 'X-Forwarded-Email',
      // The proxy is 127.0.0.1 only; a connection from 127.0.0.2 is someone else on the network.
      TRUSTED_PROXIES: '127.0.0.1/32, ::1',
      ALLOWED_EMAILS: 'ops@partner.example',
      ALLOWED_EMAIL_DOMAINS: 'team.example',
      AUTH_SIGN_OUT_URL: 'https://proxy.team.example/oauth2/sign_out',
    },
  })
})

afterAll(async () => {
  await server?.stop()
  await upstream?.close()
})

/** A GET from a chosen local address, as a request from another machine would arrive. */
function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}) {
  const { port } = new URL(server.url)
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, localAddress, headers: { accept: 'text/html', ...headers } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('sign-in through an identity-aware proxy’s header', () => {
  it('lets an allowed viewer in from the trusted proxy, and says who they are', async () => {
    const page = await getFrom('127.0.0.1', `/calls/${DEMO_CALL_IDS.closed}?t=5`, { 'X-Forwarded-Email': 'Someone@Team.Example' })
    expect(page.status).toBe(200)
    const call = await getFrom('127.0.0.1', CALL, { 'X-Forwarded-Email': 'ops@partner.example' })
    expect(call.status).toBe(200)
    // As Google IAP writes it.
    expect((await getFrom('127.0.0.1', CALL, { 'X-Forwarded-Email': 'accounts.google.com:ops@partner.example' })).status).toBe(200)
    const context = await getFrom('127.0.0.1', '/__aura/mode', { 'X-Forwarded-Email': 'ops@partner.example' })
    expect(JSON.parse(context.body)).toMatchObject({
      signIn: 'header',
      viewer: { email: 'ops@partner.example' },
      signOut: { method: 'get', url: 'https://proxy.team.example/oauth2/sign_out' },
    })
  })

  it('refuses a viewer the allow-lists do not name', async () => {
    upstream.reset()
    const page = await getFrom('127.0.0.1', '/', { 'X-Forwarded-Email': 'someone@team.example.evil.com' })
    expect(page.status).toBe(403)
    expect(page.body).toContain('someone@team.example.evil.com')
    expect((await getFrom('127.0.0.1', CALL, { 'X-Forwarded-Email': 'mallory@elsewhere.example' })).status).toBe(403)
    expect(upstream.seen).toEqual([])
  })

  it('refuses a request from the proxy that names nobody', async () => {
    expect((await getFrom('127.0.0.1', '/')).status).toBe(401)
    const call = await getFrom('127.0.0.1', CALL)
    expect(call.status).toBe(401)
    expect(JSON.parse(call.body)).toMatchObject({ code: 'SESSION_ENDED' })
  })

  it('ignores the header from any other address and refuses the request, health checks aside', async () => {
    upstream.reset()
    const page = await getFrom('127.0.0.2', '/', { 'X-Forwarded-Email': 'ops@partner.example' })
    expect(page.status).toBe(403)
    expect(page.body).toContain('only from its sign-in proxy')
    const call = await getFrom('127.0.0.2', CALL, { 'X-Forwarded-Email': 'ops@partner.example', 'X-Forwarded-For': '127.0.0.1' })
    expect(call.status).toBe(403)
    expect(JSON.parse(call.body)).toMatchObject({ code: 'UNTRUSTED_PROXY' })
    expect((await getFrom('127.0.0.2', '/assets/app-3f9a1c.js')).status).toBe(403)
    expect((await getFrom('127.0.0.2', '/healthz')).status).toBe(200)
    expect(upstream.seen).toEqual([])
  })
})
