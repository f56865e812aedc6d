import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { normalizeCall } from '../../src/entities/call/call-schema'
import { formatTimestamp } from '../../src/lib/format/format'
import { closedCall } from '../../src/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const callUrl = `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`
const segments = normalizeCall(closedCall).transcript!.segments

const browser = useBrowser()

function media(page: Page) {
  return page.locator('video').evaluate((element: HTMLMediaElement) => ({ time: element.currentTime, paused: element.paused }))
}

async function waitForMetadata(page: Page) {
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
}

/** Whether the whole row shows, inside both the transcript's scroller and the window. */
function inView(row: Locator) {
  return row.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const scroller = element.closest('[data-transcript-scroller]')!.getBoundingClientRect()
    return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1 && box.top >= 0 && box.bottom <= window.innerHeight
  })
}

async function clipboard(page: Page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    const read = async (type: string) => (await item!.getType(type)).text()
    return { text: await read('text/plain'), html: await read('text/html') }
  })
}

describe('quoted ranges in a real browser', () => {
  it('opens a range link with its rows marked and in view, paused at its start', async () => {
    const { page, errors } = await openPage(browser(), `${callUrl}?t=754-812`)
    const transcript = region(page, 'Transcript')
    await transcript.getByRole('region', { name: 'Quoted range 12:34–13:32' }).waitFor()
    await waitForMetadata(page)
    await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 754) < 0.5)
    expect((await media(page)).paused).toBe(true)

    const heard = segments.filter((segment) => segment.start < 812 && segment.end > 754)
    const quoted = transcript.getByRole('listitem').filter({ hasText: '(quoted)' })
    await expect.poll(() => quoted.count()).toBeGreaterThan(1)
    expect(await quoted.first().innerText()).toContain(heard[0]!.text)
    await expect.poll(() => inView(quoted.first())).toBe(true)
    expect(errors).toEqual([])
  })

  it('plays the range and pauses at its end, then plays on as usual', async () => {
    const { page } = await openPage(browser(), `${callUrl}?t=754-758`)
    await waitForMetadata(page)
    await page.locator('video').evaluate((element: HTMLMediaElement) => {
      element.muted = true
      element.playbackRate = 2
    })
    const transcript = region(page, 'Transcript')
    await transcript.getByRole('button', { name: 'Play range' }).click()
    await page.waitForFunction(() => !document.querySelector('video')!.paused)
    await page.waitForFunction(() => document.querySelector('video')!.paused, undefined, { timeout: 15_000 })
    const stopped = await media(page)
    expect(stopped.time).toBeGreaterThanOrEqual(758)
    expect(stopped.time).toBeLessThan(758.3)

    await region(page, 'Recording').getByRole('button', { name: 'Play', exact: true }).click()
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 759)
    expect((await media(page)).paused).toBe(false)
  })

  it('copies rows selected with Shift+ArrowDown as text and HTML with their link', async () => {
    const { page } = await openPage(browser(), callUrl)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demoUrl })
    const transcript = region(page, 'Transcript')
    await transcript.getByRole('button', { name: 'Download' }).waitFor()
    const from = segments.findIndex((segment) => formatTimestamp(segment.start) === '0:15')
    const chosen = segments.slice(from, from + 3)
    const label = `${formatTimestamp(chosen[0]!.start)}–${formatTimestamp(chosen[2]!.end)}`

    await transcript.getByRole('button', { name: /^Play from 0:15/ }).focus()
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    await transcript.getByRole('region', { name: `Selected ${label} (3 segments)` }).waitFor()
    await transcript.getByRole('button', { name: 'Copy quote' }).click()
    await transcript.getByText('Quote copied').waitFor()

    const link = `${callUrl}?t=${chosen[0]!.start}-${chosen[2]!.end}`
    const { text, html } = await clipboard(page)
    expect(text.split('\n')).toEqual([
      ...chosen.map((segment) => `[${formatTimestamp(segment.start)}] ${segment.speaker}: ${segment.text}`),
      '',
      `${label} in the call: ${link}`,
    ])
    expect(html).toContain(`<strong>${chosen[0]!.speaker}</strong>`)
    expect(html).toContain(`<a href="${link}">${label} in the call</a>`)
  })

  it('selects the rows a mouse drag across their text touches, without seeking', async () => {
    const { page } = await openPage(browser(), callUrl)
    await waitForMetadata(page)
    const transcript = region(page, 'Transcript')
    await transcript.getByRole('button', { name: 'Download' }).waitFor()
    // The strip of the lead's calls above the transcript has loaded, so no row moves under the mouse.
    await region(page, 'Calls with this lead').getByRole('link').first().waitFor()
    await transcript.getByText(segments[4]!.text).scrollIntoViewIfNeeded()
    const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await page.mouse.move(from.x, from.y)
      await page.mouse.down()
      await page.mouse.move(to.x, to.y, { steps: 8 })
      await page.mouse.up()
    }
    const lineOf = async (text: string) => (await transcript.getByText(text).boundingBox())!

    // Within one row: selecting its words is not a click that plays from it.
    const single = segments[2]!
    const words = await lineOf(single.text)
    await drag({ x: words.x + 2, y: words.y + 8 }, { x: words.x + 160, y: words.y + 8 })
    const one = `${formatTimestamp(single.start)}–${formatTimestamp(single.end)}`
    await transcript.getByRole('region', { name: `Selected ${one} (1 segment)` }).waitFor()
    expect(await media(page)).toEqual({ time: 0, paused: true })

    // Across rows: every row the selection touches.
    const [first, second] = [segments[3]!, segments[4]!]
    const start = await lineOf(first.text)
    const end = await lineOf(second.text)
    await drag({ x: start.x + 20, y: start.y + 8 }, { x: end.x + 40, y: end.y + 8 })
    const two = `${formatTimestamp(first.start)}–${formatTimestamp(second.end)}`
    await transcript.getByRole('region', { name: `Selected ${two} (2 segments)` }).waitFor()
  })
})
