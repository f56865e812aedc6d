import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { createCookieSealer } from '../../src/server/auth/sealed-cookie'
import { freePort } from '../e2e/processes'
import { startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { signInSettings, startOpenIdProvider, TEST_ACCOUNTS, TEST_CLIENT } from './openid-provider'
import { createSignInClient } from './sign-in-flow'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_signin_0123456789SECRET'
const SESSION_SECRET = 'a-session-secret-of-at-least-32-bytes-0123456789'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`
const DEEP_LINK = `/calls/${DEMO_CALL_IDS.closed}?t=754&q=pricing`

let upstream: FakeUpstream
let provider: Awaited<ReturnType<typeof startOpenIdProvider>>
let server: RunningServer

/** A server that signs people in at the test provider, reachable from other machines (0.0.0.0). */
function oidcSettings(publicUrl: string) {
  return {
    ...signInSettings({ issuer: provider.issuer, publicUrl, sessionSecret: SESSION_SECRET }),
    HOST: '0.0.0.0',
    AURA_API_KEY: KEY,
    AURA_API_URL: upstream.url,
    // Every read reaches the upstream, so what it receives can be checked.
    CACHE_TTL_SECONDS: '0',
  }
}

beforeAll(async () => {
  upstream = await startFakeUpstream(KEY)
  const port = await freePort()
  const publicUrl = `http://127.0.0.1:${port}`
  provider = await startOpenIdProvider({ publicUrl })
  server = await startServer({ port, env: oidcSettings(publicUrl) })
})

afterAll(async () => {
  await server?.stop()
  await provider?.close()
  await upstream?.close()
})

describe('sign-in with an OpenID provider', () => {
  it('sends a deep link without a session to the provider, and back to exactly that link once signed in', async () => {
    const browser = createSignInClient()
    const first = await browser.request(`${server.url}${DEEP_LINK}`)
    expect(first.status).toBe(302)
    expect(first.location).toBe(`${server.url}/auth/login?returnTo=${encodeURIComponent(DEEP_LINK)}`)
    const landed = await browser.signIn(`${server.url}${DEEP_LINK}`, 'alice')
    expect(landed.url).toBe(`${server.url}${DEEP_LINK}`)
    expect(landed.status).toBe(200)
    expect(landed.body).toContain('<title>Call review</title>')
    const call = await browser.request(`${server.url}/api${CALL}`, { headers: { accept: 'application/json' } })
    expect(call.status).toBe(200)
    const context = JSON.parse((await browser.request(`${server.url}/__aura/mode`)).body) as Record<string, unknown>
    expect(context).toMatchObject({ signIn: 'oidc', viewer: { email: TEST_ACCOUNTS.alice.email, name: TEST_ACCOUNTS.alice.name } })
  })

  it('answers /api without a session with a 401 envelope, never a redirect, and asks nothing upstream', async () => {
    upstream.reset()
    const browser = createSignInClient()
    const answer = await browser.request(`${server.url}/api${CALL}`, { headers: { accept: 'application/json' } })
    expect(answer.status).toBe(401)
    expect(answer.location).toBeNull()
    expect(JSON.parse(answer.body)).toMatchObject({ success: false, code: 'SESSION_ENDED' })
    expect(upstream.seen).toEqual([])
  })

  it('gives a denied account a 403 page that names it and offers to sign out, and no call data', async () => {
    upstream.reset()
    const browser = createSignInClient()
    const page = await browser.signIn(`${server.url}${DEEP_LINK}`, 'mallory')
    expect(page.status).toBe(403)
    expect(page.body).toContain(TEST_ACCOUNTS.mallory.email)
    expect(page.body).toMatch(/<form method="post" action="\/auth\/logout"><button[^>]*>Sign out</)
    const call = await browser.request(`${server.url}/api${CALL}`, { headers: { accept: 'application/json' } })
    expect(call.status).toBe(403)
    expect(JSON.parse(call.body)).toMatchObject({ code: 'NOT_ALLOWED' })
    expect(upstream.seen).toEqual([])
  })

  it('refuses an account whose email the provider does not vouch for', async () => {
    const page = await createSignInClient().signIn(`${server.url}/`, 'eve')
    expect(page.status).toBe(403)
    expect(page.body).toContain('no verified email address')
  })

  it('signs out here and at the provider, after which the session is gone', async () => {
    const browser = createSignInClient()
    await browser.signIn(`${server.url}/`, 'alice')
    // As the top bar's form posts it.
    const leaving = await browser.request(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    })
    expect(leaving.status).toBe(303)
    expect(leaving.location).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`))
    expect(new URL(leaving.location!).searchParams.get('id_token_hint')).toBeTruthy()
    const confirm = await browser.follow(leaving.location!)
    const signedOut = await browser.submitForm(confirm, { logout: 'yes' })
    expect(signedOut.url).toBe(`${server.url}/auth/signed-out`)
    expect(signedOut.body).toContain('You’re signed out')
    expect((await browser.request(`${server.url}/api${CALL}`)).status).toBe(401)
    expect((await browser.request(`${server.url}/`)).status).toBe(302)
  })

  it('renews the session cookie at sign-in, so a cookie set before is worth nothing', async () => {
    const browser = createSignInClient()
    await browser.request(`${server.url}/`, { headers: { cookie: 'aura_session=planted-by-someone-else' } })
    await browser.signIn(`${server.url}/`, 'alice')
    const cookies = await browser.cookies(server.url)
    const session = cookies.find((cookie) => cookie.key === 'aura_session')
    expect(session?.value).not.toBe('planted-by-someone-else')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' })
    const forged = await fetch(`${server.url}/api${CALL}`, { headers: { cookie: `aura_session=${session!.value.slice(0, -4)}AAAA` } })
    expect(forged.status).toBe(401)
  })

  it('never sends the session cookie or a token upstream, nor writes one in the log', async () => {
    upstream.reset()
    const browser = createSignInClient()
    await browser.signIn(`${server.url}/`, 'alice')
    await browser.request(`${server.url}/api${CALL}`)
    const session = (await browser.cookies(server.url)).find((cookie) => cookie.key === 'aura_session')!.value
    expect(upstream.seen.length).toBeGreaterThan(0)
    for (const { headers } of upstream.seen) {
      expect(headers.cookie).toBeUndefined()
      expect(headers.authorization).toBe(`Bearer ${KEY}`)
    }
    const log = server.logs.join('\n')
    expect(log).not.toContain(session)
    expect(log).not.toContain(SESSION_SECRET)
    expect(log).not.toContain(TEST_CLIENT.secret)
  })

  it('logs each call opened with the viewer, call id and request id', async () => {
    const browser = createSignInClient()
    await browser.signIn(`${server.url}/`, 'alice')
    const answer = await browser.request(`${server.url}/api${CALL}`)
    const line = await server.waitForLogLine((entry) => entry.msg === 'call viewed' && entry.request_id === answer.headers.get('x-request-id'))
    expect(line).toMatchObject({ viewer: TEST_ACCOUNTS.alice.email, call_id: DEMO_CALL_IDS.closed, time: expect.any(String) as string })
  })

  it('never redirects back to another site', async () => {
    for (const returnTo of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const browser = createSignInClient()
      const landed = await browser.signIn(`${server.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, 'alice')
      expect(landed.url, returnTo).toBe(`${server.url}/`)
    }
  })
})

describe('sessions that end', () => {
  it('answers 401 once a session has expired, though the cookie is still sent', async () => {
    const sealer = createCookieSealer(SESSION_SECRET, 'session')
    const cookie = `aura_session=${await sealer.seal({ email: TEST_ACCOUNTS.alice.email, name: null, idToken: null }, 1_500)}`
    expect((await fetch(`${server.url}/api${CALL}`, { headers: { cookie } })).status).toBe(200)
    await sleep(2_100)
    const ended = await fetch(`${server.url}/api${CALL}`, { headers: { cookie } })
    expect(ended.status).toBe(401)
    expect(await ended.json()).toMatchObject({ code: 'SESSION_ENDED' })
  })
})

describe('a provider that is down or slow to agree on the time', () => {
  it('shows a clear page when the provider is down, and keeps serving', async () => {
    const port = await freePort()
    const down = await startServer({
      port,
      env: { ...oidcSettings(`http://127.0.0.1:${port}`), OIDC_ISSUER_URL: `http://127.0.0.1:${await freePort()}` },
    })
    try {
      const page = await createSignInClient().follow(`${down.url}${DEEP_LINK}`)
      expect(page.status).toBe(503)
      expect(page.body).toContain('The sign-in provider can’t be reached')
      expect(page.body).toContain(`href="/auth/login?returnTo=${encodeURIComponent(DEEP_LINK)}"`)
      expect((await fetch(`${down.url}/healthz`)).status).toBe(200)
    } finally {
      await down.stop()
    }
  })

  it('says the provider refused a misconfigured client, and what it answered', async () => {
    const port = await freePort()
    const publicUrl = `http://127.0.0.1:${port}`
    const itsProvider = await startOpenIdProvider({ publicUrl })
    const settings = { ...oidcSettings(publicUrl), OIDC_ISSUER_URL: itsProvider.issuer, OIDC_CLIENT_SECRET: 'not-the-registered-secret' }
    const wrong = await startServer({ port, env: settings })
    try {
      const page = await createSignInClient().signIn(`${wrong.url}${DEEP_LINK}`, 'alice')
      expect(page.status).toBe(502)
      expect(page.body).toContain('The provider answered: invalid_client.')
      expect(wrong.logs.join('\n')).not.toContain('not-the-registered-secret')
      expect((await fetch(`${wrong.url}/healthz`)).status).toBe(200)
    } finally {
      await wrong.stop()
      await itsProvider.close()
    }
  })

  it('tolerates a provider clock a few minutes behind, whose short-lived ID token looks expired here', async () => {
    const port = await freePort()
    const publicUrl = `http://127.0.0.1:${port}`
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() - 3 * 60_000 })
    const behind = await startOpenIdProvider({ publicUrl, idTokenSeconds: 60 })
    const skewed = await startServer({ port, env: { ...oidcSettings(publicUrl), OIDC_ISSUER_URL: behind.issuer } })
    try {
      const landed = await createSignInClient().signIn(`${skewed.url}${DEEP_LINK}`, 'alice')
      expect(landed.url).toBe(`${skewed.url}${DEEP_LINK}`)
    } finally {
      vi.useRealTimers()
      await skewed.stop()
      await behind.close()
    }
  })
})
