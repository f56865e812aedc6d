import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { collectPersonalData, leakedIn } from '../personal-data'
import { axeViolations } from './axe'
import { openPage, region, useBrowser } from './browser'
import { visitEachPanel } from './visit-each-panel'

const browser = useBrowser()
const BANNER = 'Screen-share safe: personal data hidden'

async function apiData(base: string, path: string): Promise<unknown> {
  const response = await fetch(`${base}/api/v1/${path}`)
  return response.ok ? ((await response.json()) as { data: unknown }).data : null
}

/** The call and everything the page looks up for it, as the API sends them. */
async function payloadOf(base: string, callId: string) {
  const call = (await apiData(base, `calls/${callId}`)) as Record<string, string | null>
  const lookups = await Promise.all([
    call.lead_id && apiData(base, `leads/${call.lead_id}`),
    call.closer_id && apiData(base, `team/${call.closer_id}`),
    call.setter_id && apiData(base, `team/${call.setter_id}`),
    call.linked_payment_id && apiData(base, `payments/${call.linked_payment_id}`),
  ])
  return { call, lookups }
}

/** The whole document, attributes included, with every transcript row rendered as printing does, and the captions file. */
async function everythingShown(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  const captions = await page.evaluate(async () => {
    const element = document.querySelector('track')
    if (!element?.src) return ''
    // Hidden, not disabled: the browser loads the cues without showing them.
    element.track.mode = 'hidden'
    if (element.readyState !== HTMLTrackElement.LOADED) await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }))
    return Array.from(element.track.cues ?? [], (cue) => (cue as VTTCue).text).join('\n')
  })
  return html + captions
}

async function pageLoaded(page: Page) {
  await region(page, 'People').getByText('[email hidden]').first().waitFor()
  await region(page, 'AI summary').locator('p:not([aria-busy])').first().waitFor()
  await region(page, 'Transcript').getByRole('listitem').first().waitFor()
}

/** Clicks each copy control and returns what landed on the clipboard each time. */
async function copiedTexts(page: Page) {
  const copied: string[] = []
  const buttons = [
    page.getByRole('button', { name: 'Copy link (personal data hidden)', exact: true }),
    page.getByRole('button', { name: /^Copy link at .* \(personal data hidden\)$/ }),
    region(page, 'Transcript').getByRole('button', { name: /^Copy link to this moment/ }).first(),
    page.getByRole('button', { name: 'Copy summary (personal data hidden)' }),
    page.getByRole('button', { name: 'Copy as checklist (personal data hidden)' }),
    page.getByRole('button', { name: 'Copy quote (personal data hidden)' }),
  ]
  for (const button of buttons) {
    if ((await button.count()) === 0) continue
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await button.click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('')
    copied.push(await page.evaluate(() => navigator.clipboard.readText()))
  }
  return copied
}

/** Downloads each transcript format and the calendar file, returning their contents. */
async function downloadedTexts(page: Page) {
  const texts: string[] = []
  const download = async (start: () => Promise<void>) => {
    const [file] = await Promise.all([page.waitForEvent('download'), start()])
    texts.push(await readFile(await file.path(), 'utf8'))
  }
  const menuButton = page.getByRole('button', { name: 'Download (personal data hidden)' })
  const formats = await (async () => {
    await menuButton.click()
    const labels = await page.getByRole('menuitem').evaluateAll((items) => items.filter((item) => !item.ariaDisabled).map((item) => item.textContent ?? ''))
    await page.keyboard.press('Escape')
    return labels
  })()
  for (const label of formats) {
    await download(async () => {
      await menuButton.click()
      await page.getByRole('menuitem', { name: label, exact: true }).click()
    })
  }
  const calendar = page.getByRole('button', { name: 'Add to calendar (personal data hidden)' })
  if ((await calendar.count()) > 0 && (await calendar.getAttribute('aria-disabled')) !== 'true') await download(() => calendar.click())
  return { texts, formats }
}

const servers = [
  ['demo', inject('demoUrl')],
  ['live', inject('liveUrl')],
] as const
const calls = [
  ['closed', DEMO_CALL_IDS.closed],
  ['long', DEMO_CALL_IDS.long],
] as const
const ways = ['?private=1', 'the toggle'] as const

describe.each(servers)('screen-share safe mode against the %s server', (_server, base) => {
  describe.each(calls)('on the %s call', (_call, callId) => {
    it.each(ways)('turned on with %s, shows, copies and exports no email, phone number or amount', async (way) => {
      const personal = collectPersonalData(await payloadOf(base, callId))
      expect(personal.length).toBeGreaterThan(2)
      // A range over the whole call, so "Copy quote" copies every word said.
      const url = `${base}/calls/${callId}?t=0-100000${way === '?private=1' ? '&private=1' : ''}`
      const { page, errors } = await openPage(browser(), url)
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
      const toggle = page.getByRole('button', { name: 'Screen-share safe', exact: true })
      if (way === 'the toggle') {
        await region(page, 'People').getByRole('link').first().waitFor()
        await toggle.click()
      }
      await pageLoaded(page)

      // Plainly said, and kept in the address.
      expect(await page.getByText(BANNER).isVisible()).toBe(true)
      expect(await toggle.getAttribute('aria-pressed')).toBe('true')
      await expect.poll(() => new URL(page.url()).searchParams.get('private')).toBe('1')

      expect(leakedIn(await everythingShown(page), personal)).toEqual([])
      await page.getByRole('searchbox', { name: 'Search transcript' }).fill('the')
      await region(page, 'Transcript').locator('mark').first().waitFor()
      expect(leakedIn(await everythingShown(page), personal)).toEqual([])

      const copied = await copiedTexts(page)
      expect(copied.length).toBeGreaterThanOrEqual(4)
      expect(copied.some((text) => /[?&]t=0-/.test(text))).toBe(true)
      expect(leakedIn(copied.join('\n'), personal)).toEqual([])
      for (const link of copied.filter((text) => text.startsWith('http'))) expect(new URL(link).searchParams.get('private')).toBe('1')

      const { texts, formats } = await downloadedTexts(page)
      expect(formats).toHaveLength(4)
      expect(texts.length).toBeGreaterThanOrEqual(formats.length)
      expect(leakedIn(texts.join('\n'), personal)).toEqual([])

      // Off again: the data is back, and the address no longer says so.
      await toggle.click()
      await region(page, 'People').getByRole('link').first().waitFor()
      await expect.poll(() => new URL(page.url()).searchParams.get('private')).toBeNull()
      expect(await page.getByText(BANNER).count()).toBe(0)
      expect(leakedIn(await everythingShown(page), personal).length).toBeGreaterThan(0)
      expect(errors).toEqual([])
    }, 120_000)
  })
})

describe('screen-share safe mode is accessible', () => {
  it.each([
    ['light', 1440],
    ['dark', 1440],
    ['light', 390],
    ['dark', 390],
  ] as const)('in the %s theme at %i px, with the export menu open', async (colorScheme, width) => {
    const { page, errors } = await openPage(browser(), 'about:blank', { width, height: 900 })
    await page.emulateMedia({ colorScheme })
    await page.goto(`${inject('demoUrl')}/calls/${DEMO_CALL_IDS.closed}?private=1`)
    // On a phone the panels under the transcript mount as the reader scrolls near them.
    await visitEachPanel(page)
    await pageLoaded(page)
    expect(await page.getByText(BANNER).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Screen-share safe', exact: true }).isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Download (personal data hidden)' }).click()
    const menu = page.getByRole('menu', { name: 'Download' })
    const note = page.locator(`#${await menu.getAttribute('aria-describedby')}`)
    expect(await note.innerText()).toBe('Personal data hidden')
    expect(await note.isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  }, 60_000)
})
