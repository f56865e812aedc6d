import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS, DEMO_DRIFT_IDS, DEMO_LEAD_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { closedCallFacts } from '../demo-facts'
import { openPage, region, useBrowser } from './browser'
import { visitEachPanel } from './visit-each-panel'

const demoUrl = inject('demoUrl')

const browser = useBrowser()

describe('the panels of the complete demo call', () => {
  it('show what a sales manager needs, in every panel', async () => {
    const { page, errors, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('heading', { level: 1, name: `Call with ${closedCallFacts.leadName}` }).waitFor()

    await region(page, 'Scheduling').getByRole('link', { name: /zoom\.us/ }).waitFor()
    await region(page, 'Outcome').getByText(closedCallFacts.dealValue, { exact: true }).waitFor()
    await region(page, 'Outcome').getByText('Routeline Dispatch', { exact: true }).waitFor()
    await region(page, 'People').getByText(closedCallFacts.leadName, { exact: true }).waitFor()
    await region(page, 'People').getByRole('link', { name: closedCallFacts.leadEmail }).waitFor()
    await region(page, 'People').getByText('Maya Okafor', { exact: true }).waitFor()
    await region(page, 'AI summary').getByRole('listitem').first().waitFor()
    expect(await region(page, 'AI summary').locator('strong').count()).toBeGreaterThan(0)
    // Parsed in its worker: the page never loads the parser for its own thread.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    expect(scripts.some((name) => name.includes('markdown-worker'))).toBe(true)
    expect(scripts.some((name) => name.includes('markdown-tree'))).toBe(false)
    expect(await region(page, 'Action items').getByText('Send annual Team plan order form and payment link').count()).toBe(1)
    await region(page, 'Form data').getByText('What do you use for routing today?').waitFor()
    await region(page, 'Form data').getByText('Samsara', { exact: true }).waitFor()
    await region(page, 'Attribution').getByText('podcast', { exact: true }).waitFor()
    await region(page, 'Notes').getByText(/Strong fit: 14 trucks/).waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('keep the page working when every lookup fails', async () => {
    const { page, errors, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.sparse}`)
    const people = region(page, 'People')
    await people.getByText(DEMO_LEAD_IDS.unknown, { exact: true }).waitFor()
    await people.getByText(DEMO_DRIFT_IDS.sparseCloser, { exact: true }).waitFor()
    expect(await people.getByText(/Couldn’t load details/).count()).toBeGreaterThanOrEqual(3)
    await region(page, 'Outcome').getByText('pending_review', { exact: false }).first().waitFor()
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Call ${DEMO_CALL_IDS.sparse.slice(0, 8)}`)
    expect(errors).toEqual([])
    await close()
  })

  it('fit a 390 px phone without horizontal scrolling', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`, { width: 390, height: 844 })
    await region(page, 'Transcript').getByRole('listitem').first().waitFor()
    await visitEachPanel(page)
    await region(page, 'People').getByText(closedCallFacts.leadName, { exact: true }).waitFor()
    await region(page, 'Notes').getByText(/Strong fit: 14 trucks/).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await close()
  })

  it('below a phone’s screen mount and are drawn only as the reader scrolls near them, and read the same', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`, { width: 390, height: 844 })
    await region(page, 'Transcript').getByRole('listitem').first().waitFor()
    const notes = region(page, 'Notes')
    await notes.getByRole('heading', { name: 'Notes' }).waitFor({ state: 'attached' })
    const drawn = () => notes.getByRole('heading', { name: 'Notes' }).evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true }))
    expect(await drawn()).toBe(false)
    expect(await notes.getByText(/Strong fit: 14 trucks/).count()).toBe(0)
    await notes.scrollIntoViewIfNeeded()
    await notes.getByText(/Strong fit: 14 trucks/).waitFor()
    await expect.poll(drawn).toBe(true)
    expect(await notes.getByText(/Strong fit: 14 trucks/).isVisible()).toBe(true)
    await close()
  })

  it('below a phone’s screen are all there for the keyboard: the first Tab mounts them before focus moves', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`, { width: 390, height: 844 })
    await region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    const notes = region(page, 'Notes')
    await notes.getByRole('heading', { name: 'Notes' }).waitFor({ state: 'attached' })
    expect(await notes.getByRole('link').count()).toBe(0)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    // Backwards from the page's end: the first stop is the last link of the last panel, which was not there before.
    await page.keyboard.press('Shift+Tab')
    expect(await notes.getByRole('link').last().evaluate((link) => link === document.activeElement)).toBe(true)
    expect(await region(page, 'Action items').getByRole('button', { name: 'Copy as checklist' }).count()).toBe(1)
    await close()
  })

  it('keep column headings whole on a 390 px phone, breaking no word across lines', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`, { width: 390, height: 844 })
    await region(page, 'Talk time').scrollIntoViewIfNeeded()
    await region(page, 'Talk time').getByRole('columnheader').first().waitFor()
    const brokenWords = await page.evaluate(() =>
      [...document.querySelectorAll('th[scope="col"]')].flatMap((heading) => {
        const text = heading.firstChild
        if (!text || text.nodeType !== Node.TEXT_NODE) return []
        return [...(text.textContent ?? '').matchAll(/\S+/g)].flatMap((word) => {
          const range = document.createRange()
          range.setStart(text, word.index)
          range.setEnd(text, word.index + word[0].length)
          return range.getClientRects().length > 1 ? [word[0]] : []
        })
      }),
    )
    expect(brokenWords).toEqual([])
    await close()
  })
})
