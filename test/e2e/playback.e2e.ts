import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')

const browser = useBrowser()

function mediaTime(page: Page) {
  return page.locator('video').evaluate((media: HTMLMediaElement) => media.currentTime)
}

function currentSegmentText(page: Page) {
  return region(page, 'Transcript').locator('li[aria-current="true"]').innerText()
}

async function waitForMetadata(page: Page) {
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
}

describe('recording and transcript in a real browser', () => {
  it('moves the highlight to later segments while playing', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}?t=60`)
    await waitForMetadata(page)
    const before = await currentSegmentText(page)
    await page.locator('video').evaluate((media: HTMLMediaElement) => {
      media.muted = true
      media.playbackRate = 2
    })
    await region(page, 'Recording').getByRole('button', { name: 'Play', exact: true }).click()
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 75)
    expect(await currentSegmentText(page)).not.toBe(before)
    expect(await region(page, 'Transcript').locator('li[aria-current="true"]').count()).toBe(1)
    await close()
  })

  it('seeks the media when a segment is clicked', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await waitForMetadata(page)
    const button = region(page, 'Transcript').getByRole('button', { name: /^Play from 0:15/ })
    await button.click()
    await page.locator('video').evaluate((media: HTMLMediaElement) => media.pause())
    const time = await mediaTime(page)
    expect(time).toBeGreaterThanOrEqual(15)
    expect(time).toBeLessThan(17)
    await close()
  })

  it('seeks where the speaker timeline is clicked', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await waitForMetadata(page)
    const timeline = region(page, 'Recording').locator('[aria-hidden="true"].cursor-pointer')
    const box = (await timeline.boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const duration = await page.locator('video').evaluate((media: HTMLMediaElement) => media.duration)
    await page.waitForFunction((half) => Math.abs((document.querySelector('video')?.currentTime ?? 0) - half) < 15, duration / 2)
    expect(Math.abs((await mediaTime(page)) - duration / 2)).toBeLessThan(15)
    await close()
  })

  it('opens a ?t= link at that position without playing', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}?t=754`)
    await waitForMetadata(page)
    await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 754) <= 0.5)
    expect(await page.locator('video').evaluate((media: HTMLMediaElement) => media.paused)).toBe(true)
    await region(page, 'Recording').getByText('Starts at 12:34').waitFor()
    await close()
  })

  it('opens a ?q= link with the transcript search filled in and its matches marked', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}?q=Samsara&utm=ignored`)
    const search = region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' })
    await region(page, 'Transcript').locator('mark').first().waitFor()
    expect(await search.inputValue()).toBe('Samsara')
    expect(await page.locator('#transcript-search-status').innerText()).toMatch(/^1 of \d+$/)
    await close()
  })

  it('carries the transcript as a WebVTT captions track the browser can read', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await waitForMetadata(page)
    const cues = await page.locator('video').evaluate(async (media: HTMLVideoElement) => {
      const track = media.textTracks[0]!
      track.mode = 'hidden'
      for (let tries = 0; tries < 50 && !track.cues?.length; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100))
      const list = [...(track.cues ?? [])] as VTTCue[]
      return { count: list.length, texts: list.slice(0, 2).map((cue) => cue.text) }
    })
    expect(cues.count).toBe(216)
    expect(cues.texts[0]).toMatch(/^<v Maya Okafor>Good morning, Marcus!/)
    // Written as UTF-8 bytes, and read back as such.
    expect(cues.texts[1]).toMatch(/^<v Marcus Bellamy>Morning, Maya, yep, loud and clear\. Sorry, I’m sitting/)
    await close()
  })

  it('prints the whole call as a multi-page report without controls', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('heading', { level: 1, name: /^Call with/ }).waitFor()
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    const printed = region(page, 'Transcript').locator('ol:not([aria-label]) > li')
    expect(await printed.count()).toBe(216)
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(5)
    await close()
  })

  it('draws the rows of a far moment in the same frame that first shows its highlight', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await waitForMetadata(page)
    await region(page, 'Transcript').getByRole('listitem').first().waitFor()
    await region(page, 'Transcript').getByRole('list', { name: 'Transcript segments' }).evaluate(recordFramesAfterHighlightMoves)
    const seekToEnd = () => region(page, 'Recording').getByRole('slider', { name: 'Seek' }).press('End')
    const timeline = region(page, 'Recording').locator('[aria-hidden="true"].cursor-pointer')
    const box = (await timeline.boundingBox())!
    const clickTimelineAt = (fraction: number) => page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2)
    // Each a jump past the rows on screen.
    for (const [jump, framesSoFar] of [[seekToEnd, 1], [() => clickTimelineAt(0.25), 2], [() => clickTimelineAt(0.75), 3]] as const) {
      await jump()
      await page.waitForFunction((count) => window.framesAfterHighlightMoves.length >= count, framesSoFar)
    }
    expect(await page.evaluate(() => window.framesAfterHighlightMoves)).toEqual(
      Array(3).fill({ highlightInView: true, viewFilledWithRows: true, rowsOverlap: false }),
    )
    await close()
  })

  it('draws rows scrolled into view at their own heights in the frame that first shows them', async () => {
    // On a phone, where rows wrap onto more lines than their estimate.
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.long}`, { width: 390, height: 844 })
    // The app's own list, not the server's first view of it.
    await region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' }).waitFor()
    expect(await framesWhileScrolling(region(page, 'Transcript').getByRole('list', { name: 'Transcript segments' }))).toEqual(
      Array(4).fill({ viewFilledWithRows: true, rowsOverlap: false }),
    )
    await close()
  })

  it('draws points of interest scrolled into view at their own heights in the frame that first shows them', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.long}`, { width: 390, height: 844 })
    const points = region(page, 'Points of interest')
    // On a phone the panel mounts as the reader nears it, in place of the frame holding its room.
    await points.evaluate((panel) => panel.scrollIntoView())
    const list = points.getByRole('list', { name: 'Points' })
    await list.getByRole('listitem').first().waitFor()
    expect(await framesWhileScrolling(list)).toEqual(Array(4).fill({ viewFilledWithRows: true, rowsOverlap: false }))
    await close()
  })

  it('scrolls the 3-hour transcript end to end with a small DOM', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.long}`)
    const transcript = region(page, 'Transcript')
    await transcript.getByRole('listitem').first().waitFor()
    const scroller = transcript.locator('[data-transcript-scroller]')
    let largest = 0
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      await scroller.evaluate((element, to) => element.scrollTo(0, element.scrollHeight * to), fraction)
      await page.waitForTimeout(100)
      largest = Math.max(largest, await page.locator('*').count())
    }
    expect(largest).toBeLessThan(2000)
    expect(await transcript.getByRole('listitem').last().innerText()).toMatch(/\S/)
    await close()
  })
})

type FrameRecord = { highlightInView: boolean; viewFilledWithRows: boolean; rowsOverlap: boolean }

/** What the frame after each of a few scrolls of a virtualized list paints of it. */
async function framesWhileScrolling(list: Locator) {
  await list.evaluate(recordFramesAfterHighlightMoves)
  const frames = []
  for (const by of [300, 700, 2000, 50_000]) {
    frames.push(
      await list.evaluate((element, pixels) => {
        const frame = window.inspectComingFrame()
        element.parentElement!.scrollTop += pixels
        return frame.then(({ viewFilledWithRows, rowsOverlap }) => ({ viewFilledWithRows, rowsOverlap }))
      }, by),
    )
  }
  return frames
}

declare global {
  interface Window {
    framesAfterHighlightMoves: FrameRecord[]
    inspectComingFrame: () => Promise<FrameRecord>
  }
}

/**
 * Runs in the page, given a virtualized list whose parent scrolls it: `inspectComingFrame` tells what the coming
 * frame paints of the list, and the first frame after each move of the highlight to another row is recorded. A frame
 * is looked at once the browser has laid it out and the list's own resize observer, made before this one, has had its
 * say, as that is the last work before the paint.
 */
function recordFramesAfterHighlightMoves(list: HTMLElement) {
  const scroller = list.parentElement!
  const inspect = (): FrameRecord => {
    const view = scroller.getBoundingClientRect()
    const rows = [...list.children].map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top)
    let filledTo = view.top
    for (const row of rows) if (row.top <= filledTo + 1 && row.bottom > filledTo) filledTo = row.bottom
    const highlight = list.querySelector('[aria-current="true"]')?.getBoundingClientRect()
    return {
      highlightInView: !!highlight && highlight.top >= view.top - 1 && highlight.bottom <= view.bottom + 1,
      viewFilledWithRows: filledTo >= view.bottom - 1,
      rowsOverlap: rows.some((row, index) => index > 0 && row.top < rows[index - 1]!.bottom - 1),
    }
  }
  window.inspectComingFrame = () =>
    new Promise((resolve) => {
      // A newly observed element is reported in the coming frame, after the observers made before this one.
      const afterLayout = new ResizeObserver(() => {
        afterLayout.disconnect()
        resolve(inspect())
      })
      afterLayout.observe(scroller)
    })
  window.framesAfterHighlightMoves = []
  let highlighted = list.querySelector('[aria-current="true"]')
  new MutationObserver(() => {
    const now = list.querySelector('[aria-current="true"]')
    if (now === highlighted || now === null) return
    highlighted = now
    void window.inspectComingFrame().then((frame) => window.framesAfterHighlightMoves.push(frame))
  }).observe(list, { attributeFilter: ['aria-current'], subtree: true, childList: true })
}
