import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { PANEL_NAMES } from '../panel-names'
import { openPage, region, useBrowser } from './browser'
import { useFaultyLiveServer } from './faulty-live-server'
import { faults, onEveryRead, type Fault } from './faulty-upstream'

const demoUrl = inject('demoUrl')
const STRIP = 'Calls with this lead'
const LIST_PATH = '/v1/calls'
const EARLIER_SUMMARY = /^2nd call with this lead; the first was a no-show; /

const browser = useBrowser()

function strip(page: Page) {
  return region(page, STRIP)
}

function closedCallUrl(base: string) {
  return `${base}/calls/${DEMO_CALL_IDS.closed}`
}

describe('the lead’s calls on the demo server', () => {
  it('shows the closed call’s lead’s three calls, and opens another from its link', async () => {
    const { page, errors } = await openPage(browser(), closedCallUrl(demoUrl))
    await strip(page).getByText(EARLIER_SUMMARY).waitFor()
    // The sentence shows while the strip's code loads (as the server's view drew it); its row of calls comes with it.
    await strip(page).locator('[aria-current="page"]').waitFor()
    expect(await strip(page).getByRole('listitem').count()).toBe(3)
    expect(await strip(page).locator('[aria-current="page"]').textContent()).toContain('This call')
    const links = strip(page).getByRole('link')
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
      `/calls/${DEMO_CALL_IDS.closedLeadNoShow}`,
      `/calls/${DEMO_CALL_IDS.closedLeadKickoff}`,
    ])

    await links.first().click()
    await page.waitForURL(`**/calls/${DEMO_CALL_IDS.closedLeadNoShow}`)
    await strip(page).getByText('1st call with this lead; 2 more since.').waitFor()
    await region(page, 'Notes').getByText(/Marcus didn’t join/).waitFor()
    expect(errors).toEqual([])
  })

  it('fits a 390 px phone: the calls scroll sideways inside the strip, never the page', async () => {
    const { page, errors } = await openPage(browser(), closedCallUrl(demoUrl), { width: 390, height: 844 })
    await strip(page).getByText(EARLIER_SUMMARY).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const list = strip(page).getByRole('list')
    const { clientWidth, scrollWidth } = await list.evaluate((element) => ({ clientWidth: element.clientWidth, scrollWidth: element.scrollWidth }))
    expect(scrollWidth).toBeGreaterThan(clientWidth)
    // It opens scrolled to this call, centred in the strip (to the pixels its offsets and scroll position round to), not at the lead's first call.
    const centred = async (item: Locator) => {
      const [itemBox, listBox] = await Promise.all([item.boundingBox(), list.boundingBox()])
      return Math.abs(itemBox!.x + itemBox!.width / 2 - (listBox!.x + listBox!.width / 2)) <= 2
    }
    await expect.poll(() => centred(strip(page).locator('[aria-current="page"]'))).toBe(true)
    // Each link that takes focus is brought wholly into the strip's view, going back and forth.
    const links = strip(page).getByRole('link')
    const whollyInView = async (link: Locator) => {
      const [linkBox, listBox] = await Promise.all([link.boundingBox(), list.boundingBox()])
      return linkBox!.x >= listBox!.x - 1 && linkBox!.x + linkBox!.width <= listBox!.x + listBox!.width + 1
    }
    await links.first().focus()
    await expect.poll(() => whollyInView(links.first())).toBe(true)
    await page.keyboard.press('Tab')
    expect(await links.last().evaluate((link) => link === document.activeElement)).toBe(true)
    await expect.poll(() => whollyInView(links.last())).toBe(true)
    expect(errors).toEqual([])
  })
})

describe('the lead’s calls in live mode', () => {
  const live = useFaultyLiveServer()

  it('follows the cursor through the upstream’s pages, with the lead id passed on', async () => {
    const { page, errors } = await openPage(browser(), 'about:blank')
    const listQueries: URLSearchParams[] = []
    // One call a page, so the three calls take three pages through the server and the upstream.
    await page.route((url) => url.pathname === '/api/v1/calls', (route) => {
      const url = new URL(route.request().url())
      url.searchParams.set('limit', '1')
      listQueries.push(url.searchParams)
      return route.continue({ url: url.toString() })
    })
    await page.goto(closedCallUrl(live.url))
    // The server's first view says the sentence from its own read; the app's row of calls follows the pages.
    await strip(page).getByRole('link').nth(1).waitFor()
    expect(await strip(page).getByText(EARLIER_SUMMARY).count()).toBe(1)
    expect(await strip(page).getByRole('link').count()).toBe(2)
    expect(listQueries.map((params) => params.get('lead_id'))).toEqual(Array(3).fill(listQueries[0]?.get('lead_id')))
    expect(listQueries.map((params) => params.has('cursor'))).toEqual([false, true, true])
    expect(errors).toEqual([])
  })

  it('says so quietly when the list fails, keeps the rest of the page, and loads on Retry', async () => {
    const failure = faults.error(500, 'INTERNAL_ERROR', 'Internal server error')
    live.upstream.inject(LIST_PATH, ...onEveryRead(failure))
    const { page, errors } = await openPage(browser(), closedCallUrl(live.url))
    await strip(page).getByText('Couldn’t load the lead’s other calls.').waitFor({ timeout: 20_000 })
    for (const name of PANEL_NAMES) expect(await region(page, name).count(), name).toBe(1)
    expect(await page.getByRole('alert').count()).toBe(0)
    await region(page, 'Transcript').getByRole('listitem').first().waitFor()

    live.upstream.clear()
    await strip(page).getByRole('button', { name: 'Retry' }).click()
    await strip(page).getByText(EARLIER_SUMMARY).waitFor()
    expect(errors).toEqual([])
  })

  it('shows one line when the upstream has no calls for the lead', async () => {
    const noCalls: Fault = (answer) => ({
      ...answer,
      body: JSON.stringify({ success: true, data: [], pagination: { next_cursor: null, has_more: false } }),
    })
    live.upstream.inject(LIST_PATH, ...onEveryRead(noCalls))
    const { page, errors } = await openPage(browser(), closedCallUrl(live.url))
    await strip(page).getByText('No other calls with this lead.').waitFor()
    expect(await strip(page).getByRole('list').count()).toBe(0)
    await region(page, 'Outcome').waitFor()
    expect(errors).toEqual([])
    live.upstream.clear()
  })
})
