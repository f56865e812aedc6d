import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtureDist, FIXTURE_SCRIPT, FIXTURE_SCRIPT_TEXT } from './fixture-dist'
import { sendRaw } from './raw-http'
import { startServer, type RunningServer } from './server-process'

let dist: string
let server: RunningServer
let behindProxy: RunningServer

beforeAll(async () => {
  dist = await createFixtureDist()
  ;[server, behindProxy] = await Promise.all([
    startServer({ args: ['--outDir', dist] }),
    startServer({ args: ['--outDir', dist], env: { TRUST_PROXY: 'true' } }),
  ])
})

afterAll(async () => {
  await Promise.all([server?.stop(), behindProxy?.stop()])
  await rm(dist, { recursive: true, force: true })
})

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}

describe('the built app as a single-page app', () => {
  it.each(['/', '/calls/abc?t=754&q=pricing', '/some/unknown/page', '/.env'])('answers %s with index.html, revalidated each visit', async (path) => {
    const response = await fetch(`${server.url}${path}`)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(text).toContain('<title>Call review</title>')
    expect(text).not.toContain('must-never-be-served')
  })

  it('starts a call page’s request for its call with the page: a preload of exactly that call', async () => {
    const id = '30283b2e-54c2-47b5-a562-00bc2f51be98'
    for (const path of [`/calls/${id}`, `/calls/${id}?t=754-812&private=1`, `/calls/${id.toUpperCase()}/`]) {
      const response = await fetch(`${server.url}${path}`)
      const named = path.slice('/calls/'.length, '/calls/'.length + id.length)
      expect(response.headers.get('link')).toBe(`</api/v1/calls/${named}>; rel=preload; as=fetch; crossorigin`)
    }
  })

  it.each(['/', '/calls/abc', '/calls/30283b2e-54c2-47b5-a562-00bc2f51be98x', '/calls/%3E%3Cscript%3E', '/calls/30283b2e-54c2-47b5-a562-00bc2f51be98/notes'])(
    'preloads nothing for %s, which names no call',
    async (path) => {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('link')).toBeNull()
    },
  )

  it('serves hashed assets as immutable for a year', async () => {
    const response = await fetch(`${server.url}${FIXTURE_SCRIPT}`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(FIXTURE_SCRIPT_TEXT)
  })

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])('sends the precompressed file to a browser accepting %s', async (accepted, encoding) => {
    const compressed = await stat(join(dist, `${FIXTURE_SCRIPT}.${encoding === 'br' ? 'br' : 'gz'}`))
    const answer = await sendRaw(server.url, `GET ${FIXTURE_SCRIPT} HTTP/1.1`, { 'Accept-Encoding': accepted })
    expect(answer.headers).toContain(`content-encoding: ${encoding}`)
    expect(answer.headers).toContain('vary: accept-encoding')
    expect(answer.headers).toContain(`content-length: ${compressed.size}`)
    // A browser decodes it back to the script itself.
    const decoded = await fetch(`${server.url}${FIXTURE_SCRIPT}`, { headers: { 'Accept-Encoding': accepted } })
    expect(await decoded.text()).toBe(FIXTURE_SCRIPT_TEXT)
  })

  it('answers a missing asset with a 404, not the page', async () => {
    const response = await fetch(`${server.url}/assets/gone-1234.js`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('<title>')
  })
})

describe('headers on every response', () => {
  const paths = ['/', FIXTURE_SCRIPT, '/robots.txt', '/assets/gone.js', '/api/v1/calls/nope/extra', '/healthz', '/readyz']

  it.each(paths)('%s carries the CSP and the security headers, and no CORS header even when asked', async (path) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Origin: 'http://localhost:3000' } })
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value)
    expect(response.headers.get('strict-transport-security')).toBeNull()
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('answers a CORS preflight with no CORS headers', async () => {
    const response = await fetch(`${server.url}/api/v1/calls`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' },
    })
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('adds HSTS when a trusted TLS-terminating proxy says the page came over HTTPS, and only then', async () => {
    const https = await fetch(`${behindProxy.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    const plain = await fetch(`${behindProxy.url}/`)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    const untrusted = await fetch(`${server.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(untrusted.headers.get('strict-transport-security')).toBeNull()
  })
})
