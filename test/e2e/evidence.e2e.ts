import { describe, expect, inject, it } from 'vitest'
import { normalizeCall } from '../../src/entities/call/call-schema'
import { closedCall } from '../../src/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { formatTimestamp } from '../../src/lib/format/format'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const segments = normalizeCall(closedCall).transcript!.segments
const flatTire = segments.find((segment) => segment.text.includes('flat tire'))!

const browser = useBrowser()

describe('evidence links in a real browser', () => {
  it('seek the recording to the moment, scroll its row into view and mark its words', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    const bullet = region(page, 'AI summary').getByRole('listitem').filter({ hasText: 'live re-routing' })
    await bullet.getByRole('button', { name: `Heard at ${formatTimestamp(flatTire.start)}` }).click()

    await page.waitForFunction((start) => document.querySelector('video')?.currentTime === start, flatTire.start)
    const row = region(page, 'Transcript').getByRole('listitem').filter({ hasText: flatTire.text.slice(0, 40) })
    await expect.poll(() => row.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['flat', 'tire']))
    const rowBox = await row.boundingBox()
    const scrollerBox = await page.locator('[data-transcript-scroller]').boundingBox()
    expect(rowBox!.y).toBeGreaterThanOrEqual(scrollerBox!.y - 1)
    expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(scrollerBox!.y + scrollerBox!.height + 1)
    expect(rowBox!.y).toBeGreaterThanOrEqual(0)
    expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(page.viewportSize()!.height)
    await close()
  })

  it('come from a worker on the 3-hour call, so the page stays responsive while it is indexed', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.long}`)
    await region(page, 'AI summary').getByRole('button', { name: /^Heard at / }).first().waitFor({ timeout: 15_000 })
    // The transcript reaches the worker in slices: links into its last hours show every slice was indexed.
    await region(page, 'AI summary').getByRole('button', { name: /^Heard at [1-9]:\d\d:\d\d$/ }).first().waitFor()
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('evidence-worker')))).toBe(true)
    await close()
  })

  it('check the form’s figures against the call in the worker, and seek to where one is said', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    const fleet = region(page, 'Form data').getByRole('note').filter({ hasText: 'fourteen trucks' })
    await expect.poll(() => fleet.innerText()).toMatch(/^Said “fourteen trucks” at \d+:\d\d$/)
    const saidAt = segments.filter((segment) => segment.text.includes('fourteen trucks')).map((segment) => segment.start)
    await fleet.getByRole('button').click()
    await page.waitForFunction((starts) => starts.includes(document.querySelector('video')?.currentTime ?? -1), saidAt)
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('evidence-worker')))).toBe(true)
    await close()
  })
})
