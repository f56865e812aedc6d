// Focused listening on the 3-hour call: how long choosing "Play only" and "Skip silences" takes to show, and
// whether either, or playing with both on, ever holds up the main thread.
import type { Browser } from 'playwright-core'
import type { BenchCall } from './bench-call'
import { openBenchPage } from './bench-page'

const PLAY_MS = 5_000

export type FocusFigures = Awaited<ReturnType<typeof measureFocus>>

/** Runs in the page: changes one focus control and times it until the next painted frame, with the tasks over 50 ms. */
async function changeFocusControl({ control, value }: { control: 'speaker' | 'silences'; value: string }) {
  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
  observer.observe({ type: 'longtask' })
  const labelled = (text: string) => [...document.querySelectorAll('label')].find((label) => label.textContent.trim().startsWith(text))!
  const started = performance.now()
  if (control === 'speaker') {
    const select = labelled('Play only').querySelector('select')!
    // Through the element's own setter, so that React sees a change as it does from a user.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value)
    select.dispatchEvent(new Event('change', { bubbles: true }))
  } else {
    labelled('Skip silences').querySelector('input')!.click()
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const paintedMs = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 200))
  observer.disconnect()
  return { paintedMs, longTasks: longTasks.filter((duration) => duration > 50) }
}

/** Runs in the page: plays at 2× for `playMs` and returns the tasks over 50 ms meanwhile and the time covered. */
async function playFocused(playMs: number) {
  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
  observer.observe({ type: 'longtask' })
  const video = document.querySelector('video')!
  video.muted = true
  video.playbackRate = 2
  const from = video.currentTime
  await video.play()
  await new Promise((resolve) => setTimeout(resolve, playMs))
  video.pause()
  await new Promise((resolve) => setTimeout(resolve, 200))
  observer.disconnect()
  return { secondsCovered: video.currentTime - from, longTasks: longTasks.filter((duration) => duration > 50) }
}

export async function measureFocus(browser: Browser, url: string, call: BenchCall) {
  const { context, page } = await openBenchPage(browser, call)
  try {
    await page.goto(url, { waitUntil: 'commit' })
    const speakerSelect = page.getByRole('combobox', { name: /^Play only/ })
    await speakerSelect.waitFor({ timeout: 60_000 })
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    await page.waitForLoadState('networkidle')
    const speaker = await speakerSelect.locator('option').nth(1).getAttribute('value')

    const playOnly = await page.evaluate(changeFocusControl, { control: 'speaker' as const, value: speaker! })
    const skipSilences = await page.evaluate(changeFocusControl, { control: 'silences' as const, value: '' })
    const listening = await page.getByText(/^listening to /).textContent()
    const playing = await page.evaluate(playFocused, PLAY_MS)
    const longTasks = [...playOnly.longTasks, ...skipSilences.longTasks, ...playing.longTasks]
    return {
      playOnlyPaintedMs: playOnly.paintedMs,
      skipSilencesPaintedMs: skipSilences.paintedMs,
      listening: listening ?? '',
      secondsPlayed: playing.secondsCovered,
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
    }
  } finally {
    await context.close()
  }
}
