import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { closedCallDialogue } from '../../src/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'
import { inspectSettledFocus, listControls, tabThroughPage, tabTo, type FocusStop } from './focus-walk'
import { readLiveRegionLog, recordLiveRegions } from './live-regions'

const demoUrl = inject('demoUrl')
const closedCallUrl = `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`

const browser = useBrowser()

async function openClosedCall(query = '') {
  const opened = await openPage(browser(), `${closedCallUrl}${query}`)
  await region(opened.page, 'Notes').waitFor()
  await opened.page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
  await opened.page.locator('video').evaluate((media: HTMLMediaElement) => {
    media.muted = true
  })
  return opened
}

function media(page: Page) {
  return page.locator('video').evaluate((element: HTMLMediaElement) => ({ paused: element.paused, time: element.currentTime }))
}

function playButton(page: Page) {
  return region(page, 'Recording').getByRole('button', { name: /^(Play|Pause)$/ })
}

function searchStatus(page: Page) {
  return region(page, 'Transcript').getByRole('status').filter({ hasText: /^(\d+ of \d+|No matches)$/ })
}

/** The search's count once it is the typed query's, or "searching" while it is an earlier one's. */
async function settledSearchStatus(page: Page) {
  const status = searchStatus(page)
  return (await status.getAttribute('aria-busy')) === 'true' ? 'searching' : status.innerText()
}

describe('the complete call with the keyboard alone', () => {
  it('reaches every control with Tab, each with a visible focus indicator nothing covers', async () => {
    const { page, close } = await openClosedCall()
    const controls = await listControls(page)
    const stops = await tabThroughPage(page, 1500)
    const reached = new Set(stops.map((stop) => stop.control))

    expect(controls.filter((control) => !reached.has(control))).toEqual([])
    const rowControls = closedCallDialogue.flatMap((_, row) => [`transcript row ${row} time`, `transcript row ${row} link`])
    expect(rowControls.filter((control) => !reached.has(control))).toEqual([])
    expect(stops.filter((stop) => !stop.hasFocusIndicator).map((stop) => stop.control)).toEqual([])
    expect(stops.filter((stop) => stop.coveredBy).map((stop) => `${stop.control} under ${stop.coveredBy}`)).toEqual([])
    await close()
  })

  it('keeps focused transcript rows clear of the “Back to current” button', async () => {
    const { page, close } = await openClosedCall('?t=60')
    const transcript = region(page, 'Transcript')
    await tabTo(page, transcript.getByRole('button', { name: /^Play from / }).first())
    await page.keyboard.press('ArrowDown')
    await transcript.getByRole('button', { name: 'Back to current' }).waitFor()
    const stops: FocusStop[] = []
    for (let pressed = 0; pressed < 30; pressed += 1) {
      await page.keyboard.press('Tab')
      const stop = await inspectSettledFocus(page)
      if (stop) stops.push(stop)
    }
    expect(stops.filter((stop) => !stop.control.startsWith('transcript row'))).toEqual([])
    expect(stops.filter((stop) => stop.coveredBy).map((stop) => `${stop.control} under ${stop.coveredBy}`)).toEqual([])
    await close()
  })

  it('plays and pauses with Space on the Play button', async () => {
    const { page, close } = await openClosedCall()
    await tabTo(page, playButton(page))
    await page.keyboard.press('Space')
    await playButton(page).filter({ hasText: 'Pause' }).waitFor()
    expect((await media(page)).paused).toBe(false)
    await page.keyboard.press('Space')
    await playButton(page).filter({ hasText: 'Play' }).waitFor()
    expect((await media(page)).paused).toBe(true)
    await close()
  })

  it('seeks with the arrow keys on the seek slider, which says where it is', async () => {
    const { page, close } = await openClosedCall()
    const slider = region(page, 'Recording').getByRole('slider', { name: 'Seek' })
    await tabTo(page, slider)
    const before = await slider.getAttribute('aria-valuetext')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe(before)
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^2 seconds of /)
    expect((await media(page)).time).toBe(2)
    await close()
  })

  it('plays from a transcript row with Enter on its time', async () => {
    const { page, close } = await openClosedCall()
    const transcript = region(page, 'Transcript')
    await tabTo(page, transcript.getByRole('button', { name: /^Play from 0:15/ }))
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !(document.querySelector('video')?.paused ?? true))
    const { time } = await media(page)
    expect(time).toBeGreaterThanOrEqual(15)
    expect(time).toBeLessThan(17)
    expect(await transcript.locator('li[aria-current="true"]').getByRole('button', { name: /^Play from 0:15/ }).count()).toBe(1)
    await close()
  })

  it('moves through search matches with Enter in the search field', async () => {
    const { page, close } = await openClosedCall()
    await page.keyboard.press('/')
    await page.keyboard.type('Samsara')
    await expect.poll(() => settledSearchStatus(page)).toMatch(/^1 of \d+$/)
    const total = (await settledSearchStatus(page)).split(' of ')[1]
    await page.keyboard.press('Enter')
    await expect.poll(() => settledSearchStatus(page)).toBe(`2 of ${total}`)
    await close()
  })

  it('opens the shortcuts list with ? and closes it with Escape, giving focus back', async () => {
    const { page, close } = await openClosedCall()
    await tabTo(page, playButton(page))
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await dialog.waitFor()
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await playButton(page).evaluate((element) => element === document.activeElement)).toBe(true)
    await close()
  })
})

describe('single-key shortcuts (WCAG 2.1.4)', () => {
  it('leave typing in the search field alone', async () => {
    const { page, close } = await openClosedCall()
    const search = region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' })
    await tabTo(page, search)
    await page.keyboard.type(' kjl/?<>')
    expect(await search.inputValue()).toBe(' kjl/?<>')
    expect(await media(page)).toEqual({ paused: true, time: 0 })
    expect(await page.getByRole('dialog').count()).toBe(0)
    await close()
  })

  it('can be turned off in the shortcuts list, which ? still opens', async () => {
    const { page, close } = await openClosedCall()
    await page.keyboard.press('k')
    await page.waitForFunction(() => !(document.querySelector('video')?.paused ?? true))
    await page.keyboard.press('k')
    await page.waitForFunction(() => document.querySelector('video')?.paused)

    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const toggle = dialog.getByRole('checkbox', { name: /^Use single-key shortcuts/ })
    await tabTo(page, toggle, 5)
    await page.keyboard.press('Space')
    expect(await toggle.isChecked()).toBe(false)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    const before = await media(page)
    for (const key of ['k', 'l', 'j', 'Space']) await page.keyboard.press(key)
    expect(await media(page)).toEqual(before)
    await page.keyboard.press('?')
    await dialog.waitFor()
    await close()
  })
})

describe('status messages for screen readers', () => {
  it('confirms a copied link and counts search matches in polite status regions', async () => {
    const { page, close } = await openClosedCall()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await tabTo(page, page.getByRole('button', { name: 'Copy link', exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
    await page.keyboard.press('/')
    await page.keyboard.type('Samsara')
    await expect.poll(() => searchStatus(page).innerText()).toMatch(/^1 of \d+$/)
    await close()
  })

  it('does not announce each spoken segment while playing', async () => {
    const { page, close } = await openClosedCall('?t=60')
    await recordLiveRegions(page)
    await page.locator('video').evaluate((element: HTMLMediaElement) => {
      element.playbackRate = 16
    })
    await page.keyboard.press('k')
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 100)
    await page.keyboard.press('k')
    // A change that should be announced, so the log is known to hear announcements at all.
    await page.keyboard.press('/')
    await page.keyboard.type('Samsara')
    await expect.poll(async () => (await readLiveRegionLog(page)).announced).toContainEqual(expect.stringMatching(/^1 of \d+$/))

    const { announced, spoken } = await readLiveRegionLog(page)
    expect(spoken.length).toBeGreaterThan(2)
    expect(announced.filter((text) => spoken.some((segment) => text.includes(segment)))).toEqual([])
    await close()
  })
})
