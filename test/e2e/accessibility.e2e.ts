import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { demoCallIds } from '../demo-facts'
import { failCallRequests, holdCallRequests, axeViolations } from './axe'
import { openPage, openSharedPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const closedCallUrl = `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`

const browser = useBrowser()

/** Waits until the call and every panel beside it, lookups included, have rendered. */
async function waitForCall(page: Page) {
  await region(page, 'Notes').waitFor()
  await page.waitForLoadState('networkidle')
}

async function openFailingCall(status: number, code: string, message: string, headers?: Record<string, string>) {
  const opened = await openSharedPage(browser(), 'about:blank')
  await failCallRequests(opened.page, { status, code, message, headers })
  await opened.page.goto(closedCallUrl)
  return opened
}

describe('no axe-core violations: WCAG 2.2 A/AA, best practices and experimental rules', () => {
  it('while the call loads', async () => {
    const { page, close } = await openPage(browser(), 'about:blank')
    await holdCallRequests(page)
    await page.goto(closedCallUrl)
    await page.getByLabel('Loading call').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  it('when the call does not exist', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.missing}`)
    await page.getByRole('heading', { name: 'Call not found' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  it('when the call ID is not valid', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/not-a-uuid`)
    await page.getByRole('heading', { name: 'That isn’t a valid call ID' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  it('when the API key is refused (401)', async () => {
    const { page, close } = await openFailingCall(401, 'UNAUTHORIZED', 'Invalid API key')
    try {
      await page.getByRole('heading', { name: 'The server’s API key is missing or wrong' }).waitFor()
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await close()
    }
  })

  // Side by side: most of their time is spent waiting for the app's retries.
  describe.concurrent('while Aura keeps failing', () => {
    // Concurrent tests share no "current test", so each closes its own page in `finally`.
    it.each<{ status: number; code: string; message: string; headers: Record<string, string>; retrying: string; gaveUp: string }>([
      { status: 429, code: 'RATE_LIMITED', message: 'Too many requests', headers: { 'Retry-After': '0' }, retrying: 'rate limit was reached. Retrying', gaveUp: 'Rate limit reached' },
      { status: 500, code: 'INTERNAL_ERROR', message: 'Internal server error', headers: {}, retrying: 'Retrying…', gaveUp: 'Aura is having trouble' },
    ])('$code ($status): retrying, then after giving up', async ({ status, code, message, headers, retrying, gaveUp }) => {
      const { page, close } = await openFailingCall(status, code, message, headers)
      try {
        await page.getByRole('status').filter({ hasText: retrying }).waitFor()
        expect(await axeViolations(page)).toEqual([])
        await page.getByRole('heading', { name: gaveUp }).waitFor({ timeout: 20_000 })
        expect(await axeViolations(page)).toEqual([])
      } finally {
        await close()
      }
    })
  })

  it.each(demoCallIds.filter((id) => id !== DEMO_CALL_IDS.closed))('on demo call %s', async (id) => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${id}`)
    await waitForCall(page)
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  // One page goes through every state of the complete call, as loading it again for each would double the run.
  describe('on the complete call', () => {
    let page: Page
    let close = () => Promise.resolve()
    beforeAll(async () => {
      const opened = await openSharedPage(browser(), 'about:blank')
      ;({ page, close } = opened)
      await page.emulateMedia({ colorScheme: 'light' })
      await page.goto(closedCallUrl)
      await waitForCall(page)
    })
    afterAll(() => close())

    it('as it opens', async () => {
      expect(await axeViolations(page)).toEqual([])
    })

    it('with the transcript search showing matches', async () => {
      await region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' }).fill('pricing')
      await region(page, 'Transcript').locator('mark').first().waitFor()
      expect(await axeViolations(page)).toEqual([])
    })

    it('with the keyboard shortcuts dialog open', async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.keyboard.press('?')
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await dialog.waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
    })

    it('in the dark theme chosen with the theme toggle', async () => {
      await page.getByRole('button', { name: 'Theme: system' }).click()
      await page.getByRole('button', { name: 'Theme: light' }).click()
      const backToSystem = page.getByRole('button', { name: 'Theme: dark' })
      await backToSystem.waitFor()
      expect(await axeViolations(page)).toEqual([])
      await backToSystem.click()
      await page.getByRole('button', { name: 'Theme: system' }).waitFor()
    })

    it('in a dark operating-system theme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' })
      expect(await axeViolations(page)).toEqual([])
      await page.emulateMedia({ colorScheme: 'light' })
    })

    it('on a 390 px wide phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 })
      expect(await axeViolations(page)).toEqual([])
    })
  })

  it('on the start page', async () => {
    const { page, close } = await openPage(browser(), demoUrl)
    await region(page, 'Recent calls').getByRole('link').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  it('on the not-found page', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/no/such/page`)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })
})
