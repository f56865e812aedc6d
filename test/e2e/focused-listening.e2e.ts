import { describe, expect, inject, it } from 'vitest'
import { normalizeCall } from '../../src/entities/call/call-schema'
import { closedCall } from '../../src/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const segments = normalizeCall(closedCall).transcript!.segments
const MARCUS = 'Marcus Bellamy'
/** One frame of playback at 2× may pass into a skipped stretch before it is left. */
const FRAME_TOLERANCE_SECONDS = 0.1

const browser = useBrowser()

/** Whether another speaker alone is talking at `seconds`, not counting the first and last moments of a turn. */
function onlyOthersSpeak(seconds: number) {
  const speaking = segments.filter((segment) => segment.start <= seconds && seconds < segment.end)
  const others = speaking.filter((segment) => segment.speaker !== MARCUS)
  return (
    speaking.every((segment) => segment.speaker !== MARCUS) &&
    others.some((segment) => seconds - segment.start > FRAME_TOLERANCE_SECONDS && segment.end - seconds > FRAME_TOLERANCE_SECONDS)
  )
}

describe('focused listening in a real browser', () => {
  it('plays only the chosen speaker, crossing the others without stalling or jumping back', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}?t=15`)
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    await page.locator('video').evaluate((media: HTMLMediaElement) => {
      media.muted = true
      media.playbackRate = 2
    })
    await region(page, 'Recording').getByLabel('Play only').selectOption({ label: MARCUS })
    await expect.poll(() => region(page, 'Recording').getByText(/^listening to \d+:\d\d of \d+:\d\d$/).count()).toBe(1)

    await region(page, 'Recording').getByRole('button', { name: 'Play', exact: true }).click()
    const times = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const media = document.querySelector('video')!
          const seen: number[] = []
          const started = performance.now()
          const sample = () => {
            seen.push(media.currentTime)
            if (performance.now() - started < 6000) requestAnimationFrame(sample)
            else resolve(seen)
          }
          requestAnimationFrame(sample)
        }),
    )
    await close()

    expect(times.filter(onlyOthersSpeak)).toEqual([])
    const backwards = times.filter((time, index) => index > 0 && time < times[index - 1]! - 0.01)
    expect(backwards).toEqual([])
    const heard = times.at(-1)! - times[0]!
    expect(heard).toBeGreaterThan(6)
  })
})
