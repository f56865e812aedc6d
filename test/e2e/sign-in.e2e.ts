import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { createCookieSealer } from '../../src/server/auth/sealed-cookie'
import { closedCallFacts } from '../demo-facts'
import { signInSettings, startOpenIdProvider, TEST_ACCOUNTS } from '../server/openid-provider'
import { axeViolations } from './axe'
import { openPage, region, useBrowser } from './browser'
import { startMockUpstream } from './mock-upstream'
import { freePort, startAppServer, stop } from './processes'

const SESSION_SECRET = 'e2e-session-secret-of-at-least-32-bytes-0123456789'
const CALL_PATH = `/calls/${DEMO_CALL_IDS.closed}`
const CALL_HEADING = `Call with ${closedCallFacts.leadName}`

const browser = useBrowser()
let upstream: { url: string; server: Server }
let provider: Awaited<ReturnType<typeof startOpenIdProvider>>
let dashboard: { url: string; child: ChildProcess }

beforeAll(async () => {
  upstream = await startMockUpstream(inject('apiKey'))
  const port = await freePort()
  const publicUrl = `http://127.0.0.1:${port}`
  provider = await startOpenIdProvider({ publicUrl })
  const env = {
    ...signInSettings({ issuer: provider.issuer, publicUrl, sessionSecret: SESSION_SECRET }),
    AURA_API_KEY: inject('apiKey'),
    AURA_API_URL: upstream.url,
  }
  dashboard = await startAppServer(inject('server'), port, env, inject('distDir'))
})

afterAll(async () => {
  if (dashboard) stop(dashboard.child)
  await provider?.close()
  await new Promise((resolve) => upstream?.server.close(resolve))
})

/** The provider's development sign-in: any login, then consent. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

function mediaTime(page: Page) {
  return page.locator('video').evaluate((media: HTMLMediaElement) => media.currentTime)
}

describe('signing in to the hosted dashboard', () => {
  it('sends a shared deep link through the provider and lands on it, at its moment', async () => {
    const { page, errors, close } = await openPage(browser(), `${dashboard.url}${CALL_PATH}?t=754&q=pricing`)
    await signInAtProvider(page, 'alice')
    await page.getByRole('heading', { level: 1, name: CALL_HEADING }).waitFor()
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${CALL_PATH}?t=754&q=pricing`)
    await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 754) <= 0.5)
    expect(await region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' }).inputValue()).toBe('pricing')
    await page.getByRole('banner').getByText(TEST_ACCOUNTS.alice.name).waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('gives an account outside the allowed domain a 403 page naming it, and fetches no call', async () => {
    const { page, errors, close } = await openPage(browser(), 'about:blank')
    const apiRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url())
    })
    await page.goto(`${dashboard.url}${CALL_PATH}`)
    await signInAtProvider(page, 'mallory')
    await page.getByRole('heading', { level: 1, name: 'This account may not read these calls' }).waitFor()
    await page.getByText(`You are signed in as ${TEST_ACCOUNTS.mallory.email}.`).waitFor()
    await page.getByRole('button', { name: 'Sign out' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(apiRequests).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  it('says when the session ends mid-use, and signs in again back to the same link and moment', async () => {
    const { page, close } = await openPage(browser(), 'about:blank')
    // The page's own clock, to make its data old enough to read again without waiting a minute.
    await page.clock.install()
    const sealer = createCookieSealer(SESSION_SECRET, 'session')
    const shortSession = await sealer.seal({ email: TEST_ACCOUNTS.alice.email, name: TEST_ACCOUNTS.alice.name, idToken: null }, 4_000)
    await page.context().addCookies([{ name: 'aura_session', value: shortSession, url: dashboard.url, httpOnly: true, sameSite: 'Lax' }])
    await page.goto(`${dashboard.url}${CALL_PATH}?t=120`)
    await page.getByRole('heading', { level: 1, name: CALL_HEADING }).waitFor()
    await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 120) <= 0.5)
    await page.locator('video').evaluate((media: HTMLMediaElement) => (media.currentTime = 300))
    await page.waitForTimeout(4_500)
    // A minute on, back online after a drop: the page reads the call again, and finds the session over.
    await page.clock.fastForward(65_000)
    await page.context().setOffline(true)
    await page.context().setOffline(false)
    const notice = page.getByRole('alert').filter({ hasText: 'Your session has ended.' })
    await notice.waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await page.getByRole('heading', { level: 1, name: CALL_HEADING }).count()).toBe(1)
    await notice.getByRole('link', { name: 'Sign in again' }).click()
    await signInAtProvider(page, 'alice')
    await page.getByRole('heading', { level: 1, name: CALL_HEADING }).waitFor()
    expect(new URL(page.url()).searchParams.get('t')).toBe('300')
    await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 300) <= 0.5)
    expect(Math.round(await mediaTime(page))).toBe(300)
    await close()
  })

  it('signs out here and at the provider, so the next link asks to sign in again', async () => {
    const { page, errors, close } = await openPage(browser(), `${dashboard.url}/`)
    await signInAtProvider(page, 'alice')
    await page.getByRole('heading', { level: 1, name: 'Review a call' }).waitFor()
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: /Yes, sign me out/i }).click()
    await page.getByRole('heading', { level: 1, name: 'You’re signed out' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${dashboard.url}${CALL_PATH}`)
    await page.locator('input[name="login"]').waitFor()
    expect(new URL(page.url()).origin).toBe(provider.issuer)
    expect(errors).toEqual([])
    await close()
  })
})

describe('signing in through an identity-aware proxy', () => {
  async function headerServer(trustedProxies: string) {
    const port = await freePort()
    const env = {
      AURA_API_KEY: inject('apiKey'),
      AURA_API_URL: upstream.url,
      AUTH_MODE: 'header',
      AUTH_HEADER: 'X-Forwarded-Email',
      TRUSTED_PROXIES: trustedProxies,
      ALLOWED_EMAIL_DOMAINS: 'team.example',
    }
    return startAppServer(inject('server'), port, env, inject('distDir'))
  }

  it('shows the call to the viewer the trusted proxy names', async () => {
    const proxied = await headerServer('127.0.0.1/32')
    try {
      const { page, errors, close } = await openPage(browser(), 'about:blank')
      // The browser plays the proxy's part: it adds the header the proxy would.
      await page.setExtraHTTPHeaders({ 'X-Forwarded-Email': TEST_ACCOUNTS.alice.email })
      await page.goto(`${proxied.url}${CALL_PATH}`)
      await page.getByRole('heading', { level: 1, name: CALL_HEADING }).waitFor()
      await page.getByRole('banner').getByText(TEST_ACCOUNTS.alice.email).waitFor()
      expect(errors).toEqual([])
      await close()
    } finally {
      stop(proxied.child)
    }
  })

  it('refuses the page to a browser that does not come through the proxy, header or not', async () => {
    const elsewhere = await headerServer('10.0.0.0/8')
    try {
      const { page, close } = await openPage(browser(), 'about:blank')
      await page.setExtraHTTPHeaders({ 'X-Forwarded-Email': TEST_ACCOUNTS.alice.email })
      const response = await page.goto(`${elsewhere.url}${CALL_PATH}`)
      expect(response?.status()).toBe(403)
      await page.getByRole('heading', { level: 1, name: 'Open this dashboard through its sign-in' }).waitFor()
      expect(await page.getByText(closedCallFacts.leadName).count()).toBe(0)
      await close()
    } finally {
      stop(elsewhere.child)
    }
  })
})
