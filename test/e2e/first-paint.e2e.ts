import type { Browser, Page } from 'playwright-core'
import { describe, expect, inject, it, onTestFinished } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const browser = useBrowser()
const CALL_URL = `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`
const FIRST_WORDS = 'Good morning, Marcus! Can you hear me okay?'

type HeldOptions = {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  beforeLoad?: string
  locale?: string
  timezoneId?: string
}

/** The call page with the app's scripts held back until `release()`, so a test sees what shows before the app runs. */
async function openWithAppHeld(browser: Browser, url: string, { viewport = { width: 1440, height: 900 }, beforeLoad, ...options }: HeldOptions = {}) {
  const context = await browser.newContext({ viewport, ...options })
  onTestFinished(() => context.close())
  const page = await context.newPage()
  const release = await holdRequests(page, /\/assets\/[^/]*\.js$/)
  if (beforeLoad) await page.addInitScript(beforeLoad)
  await page.goto(url, { waitUntil: 'commit' })
  return { page, release }
}

/** Holds the page's requests for matching URLs until the returned function is called. */
async function holdRequests(page: Page, url: RegExp) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** The heights of the transcript rows on screen: the app's list starts with the view's as its measurements. */
async function rowHeights(page: Page) {
  const rows = await region(page, 'Transcript').getByRole('list', { name: 'Transcript segments' }).getByRole('listitem').all()
  return Promise.all(rows.map(async (row) => Math.round((await row.boundingBox())?.height ?? 0)))
}

/** Where the first transcript row's words sit on the screen. */
async function firstRowWords(page: Page) {
  const box = await region(page, 'Transcript').getByRole('listitem').first().getByText(FIRST_WORDS).boundingBox()
  if (!box) throw new Error('the first row is not on screen')
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) }
}

describe('the server’s first view of a call page', () => {
  it('shows the call’s title, status and first transcript rows before the app’s script has run', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL)
    await expect.poll(() => region(page, 'Transcript').getByText(FIRST_WORDS).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Call with Marcus Bellamy')
    expect(await page.getByText('Closed', { exact: true }).isVisible()).toBe(true)
    expect(await page.getByRole('searchbox').count()).toBe(0)

    release()
    // The app takes over: one page, with its controls, and the title names the lead from its first render.
    await page.getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Call with Marcus Bellamy')
    expect(await page.getByRole('region', { name: 'Transcript', exact: true }).count()).toBe(1)
    expect(await page.locator('#first-paint').count()).toBe(0)
  })

  it.each([
    ['Pacific/Kiritimati', 'where the next call falls on another date than in UTC'],
    ['UTC', 'where the server’s days stand as written'],
  ])('says where the call sits among the lead’s calls, with days in the viewer’s language and zone (%s, %s), as the app then does', async (timezoneId) => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, { locale: 'de-DE', timezoneId })
    const sentence = region(page, 'Calls with this lead').getByText(/call with this lead/)
    await sentence.waitFor()
    const drawnByServer = await sentence.textContent()
    expect(drawnByServer).toMatch(/^2nd call with this lead; the first was a no-show; the next is on \d\d\.\d\d\.\d{4}\.$/)
    release()
    await region(page, 'Calls with this lead').getByText('This call', { exact: true }).waitFor()
    expect(await sentence.textContent()).toBe(drawnByServer)
  })

  it('has its largest paint on a phone before the app runs: the app’s own sentence adds none', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, {
      viewport: { width: 390, height: 844 },
      beforeLoad: `window.largestPaints = []
        new PerformanceObserver((list) => window.largestPaints.push(...list.getEntries().map((entry) => entry.startTime))).observe({ type: 'largest-contentful-paint', buffered: true })`,
    })
    await region(page, 'Calls with this lead').getByText(/call with this lead/).waitFor()
    await page.waitForTimeout(200)
    const released = await page.evaluate(() => performance.now())
    release()
    await region(page, 'Calls with this lead').getByText('This call', { exact: true }).waitFor()
    await page.waitForTimeout(500)
    const paints = await page.evaluate(() => (window as unknown as { largestPaints: number[] }).largestPaints)
    expect(paints.length).toBeGreaterThan(0)
    expect(paints.filter((time) => time > released)).toEqual([])
  })

  it('names a PNG for the tab’s icon: an SVG one is drawn as a document of its own on the page’s main thread', async () => {
    const page = await browser().newPage()
    onTestFinished(() => page.close())
    await page.goto(CALL_URL)
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(icons).toHaveLength(1)
    const icon = await page.request.get(icons[0]!)
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toBe('image/png')
    const png = await icon.body()
    // The width and height in the PNG's header chunk: big enough for a tab on a screen of three pixels a point.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48])
  })

  it('keeps its written-in stylesheet as the only one once the lazy panels have loaded', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL)
    release()
    // The summary's Markdown and its evidence links come in the last of the lazy parts.
    await region(page, 'AI summary').getByRole('button', { name: /^Heard at / }).first().waitFor({ timeout: 15_000 })
    // A stylesheet link added now would make the browser restyle the whole page for rules it already has.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0)
  })

  it.each([
    ['on a wide screen', { width: 1440, height: 900 }],
    ['on a phone', { width: 390, height: 844 }],
  ])('keeps the first row where it is when the app takes over and as its lazy parts arrive, %s', async (_name, viewport) => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, { viewport })
    // The parts that load after the app's first script, held past its first render.
    const releaseLazyParts = await holdRequests(page, /\/assets\/(deferred-panels|focus-controls)-[^/]*\.js$/)
    await region(page, 'Transcript').getByText(FIRST_WORDS).waitFor()
    const before = await firstRowWords(page)
    const viewHeights = await rowHeights(page)
    release()
    await page.getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    expect(await firstRowWords(page)).toEqual(before)
    releaseLazyParts()
    // Once the app's page has settled: its lazy parts, the lead's name and the lead's calls all in.
    await region(page, 'Transcript').getByRole('button', { name: 'Download' }).waitFor()
    await page.getByRole('combobox', { name: 'Play only' }).waitFor()
    await region(page, 'Calls with this lead').getByText('This call', { exact: true }).waitFor()
    expect(await firstRowWords(page)).toEqual(before)
    const appHeights = await rowHeights(page)
    expect(appHeights.length).toBeGreaterThan(3)
    expect(viewHeights.slice(0, appHeights.length)).toEqual(appHeights)
  })

  it('keeps the bar’s demo notice on screen in every frame as the app takes over', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, {
      beforeLoad: `window.noticeByFrame = []
        const look = () => {
          window.noticeByFrame.push(document.querySelector('header')?.textContent?.includes('Demo data') ?? false)
          requestAnimationFrame(look)
        }
        requestAnimationFrame(look)`,
    })
    await page.getByText('Demo data').first().waitFor()
    release()
    await page.getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    await region(page, 'Calls with this lead').getByText('This call', { exact: true }).waitFor()
    await page.waitForTimeout(300)
    const byFrame = await page.evaluate(() => (window as unknown as { noticeByFrame: boolean[] }).noticeByFrame)
    expect(byFrame.slice(byFrame.indexOf(true))).not.toContain(false)
  })

  it('never shows in screen-share safe mode, and the app shows the masked page', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, {
      beforeLoad: "sessionStorage.setItem('call-review:private', '1')",
    })
    await page.locator('#first-paint').waitFor({ state: 'attached' })
    expect(await page.locator('#first-paint').isVisible()).toBe(false)
    expect(await page.getByText(FIRST_WORDS).isVisible()).toBe(false)
    release()
    await page.getByText('Screen-share safe: personal data hidden').waitFor()
    expect(await page.locator('#first-paint').count()).toBe(0)
  })

  it('is drawn in the theme the viewer chose, not the system’s, before the app runs', async () => {
    const { page, release } = await openWithAppHeld(browser(), CALL_URL, {
      colorScheme: 'light',
      beforeLoad: "localStorage.setItem('call-review:theme', 'dark')",
    })
    await region(page, 'Transcript').getByText(FIRST_WORDS).waitFor()
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor)
    const darkBackground = await background()
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark')
    release()
    await page.getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    expect(await background()).toBe(darkBackground)
  })
})
