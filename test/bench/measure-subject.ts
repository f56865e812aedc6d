// Opens one subject in a fresh browser context and takes every figure the
// benchmark reports for it, one phase after another on the same page.
import type { Browser, CDPSession, Page } from 'playwright-core'
import type { BenchCall } from './bench-call'
import { openBenchPage } from './bench-page'
import { installBenchProbe } from './bench-probe'
import { drivePlayback } from './playback-probe'
import { scrollThrough } from './scroll-probe'
import { typeQuery } from './search-probe'
import { spread } from './stats'

export const SEARCH_WORD = 'pricing'
export const SEEK_JUMPS = 500
export const PLAYBACK_STEPS = 400
const STEP_SECONDS = 0.25
const SWEEP_BUDGET_MS = 15_000
const MAX_SCROLL_FRAMES = 5_000

export type SubjectFigures = Awaited<ReturnType<typeof measureSubject>>

export async function measureSubject(browser: Browser, url: string, call: BenchCall) {
  const { context, page, cdp } = await openBenchPage(browser, call, installBenchProbe)
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.benchProbe.firstTextAt !== null, undefined, { polling: 250, timeout: 60_000 })
    const firstTextMs = await page.evaluate(() => window.benchProbe.firstTextAt!)
    await page.waitForLoadState('networkidle')
    const heapMb = await usedHeapMb(cdp)

    await page.evaluate((seconds) => window.benchProbe.takeOverMedia(seconds), call.durationSeconds)
    const seeks = await sweep(page, call, evenlySpaced(call.durationSeconds, SEEK_JUMPS))
    const stepsFrom = call.durationSeconds / 3
    await page.evaluate(async (seconds) => {
      window.benchProbe.setMediaTime(seconds)
      await window.benchProbe.nextPaint()
      await window.benchProbe.nextPaint()
    }, stepsFrom - STEP_SECONDS)
    const steps = await sweep(page, call, Array.from({ length: PLAYBACK_STEPS }, (_, step) => stepsFrom + step * STEP_SECONDS))
    const scroll = await page.evaluate(scrollThrough, MAX_SCROLL_FRAMES)
    const search = await page.evaluate(typeQuery, SEARCH_WORD)
    const domElements = await page.evaluate(() => window.benchProbe.maxElements)

    return {
      firstTextMs,
      domElements,
      heapMb,
      seek: { ...spread(seeks.tickMs), wrongHighlights: seeks.wrongHighlights },
      step: { ...spread(steps.tickMs), wrongHighlights: steps.wrongHighlights },
      longTasksDuringPlayback: seeks.longTasks + steps.longTasks,
      scroll,
      search: { ...spread(search.keystrokeMs), matches: search.matches },
    }
  } finally {
    await context.close()
  }
}

function sweep(page: Page, call: BenchCall, times: number[]) {
  return page.evaluate(drivePlayback, { times, expectedTexts: times.map(call.textAt), budgetMs: SWEEP_BUDGET_MS })
}

function evenlySpaced(durationSeconds: number, count: number) {
  return Array.from({ length: count }, (_, index) => ((index + 0.5) * durationSeconds) / count)
}

async function usedHeapMb(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  return used / 1024 / 1024
}
