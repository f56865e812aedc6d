// How soon evidence links follow the app's transcript on the 3-hour call, and whether indexing it ever holds up
// the main thread. The index is built in a worker, so the page's own tasks are all that should show. The
// transcript counted is the app's, with its search box: the server's first view of the call shows rows earlier,
// before the app that links evidence has loaded.
import type { Browser } from 'playwright-core'
import type { BenchCall } from './bench-call'
import { openBenchPage } from './bench-page'

const LONG_TASK_MS = 50

type EvidenceProbe = { appTranscriptAt: number | null; evidenceAt: number | null; longTasks: { start: number; duration: number }[] }

declare global {
  interface Window {
    evidenceProbe: EvidenceProbe
  }
}

/** Runs in the page before its scripts: long tasks with their lengths, when the app's transcript shows, and when the first "Heard at" link does. */
function installEvidenceProbe() {
  const probe: EvidenceProbe = { appTranscriptAt: null, evidenceAt: null, longTasks: [] }
  window.evidenceProbe = probe
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const watch = () => {
    if (probe.appTranscriptAt === null && document.querySelector('input[type="search"]')) probe.appTranscriptAt = performance.now()
    const links = document.querySelectorAll('button')
    if ([...links].some((button) => button.textContent?.startsWith('Heard at'))) probe.evidenceAt = performance.now()
    else requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
}

export type EvidenceFigures = Awaited<ReturnType<typeof measureEvidence>>

export async function measureEvidence(browser: Browser, url: string, call: BenchCall) {
  const { context, page } = await openBenchPage(browser, call, installEvidenceProbe)
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.evidenceProbe.evidenceAt !== null, undefined, { polling: 100, timeout: 60_000 })
    const { appTranscriptAt, evidenceAt, longTasks } = await page.evaluate(() => ({
      appTranscriptAt: window.evidenceProbe.appTranscriptAt ?? window.evidenceProbe.evidenceAt!,
      evidenceAt: window.evidenceProbe.evidenceAt!,
      longTasks: window.evidenceProbe.longTasks,
    }))
    const whileIndexing = longTasks.filter((task) => task.start >= appTranscriptAt && task.start <= evidenceAt && task.duration > LONG_TASK_MS)
    return {
      evidenceAfterTranscriptMs: evidenceAt - appTranscriptAt,
      longTasksWhileIndexing: whileIndexing.length,
      longestTaskWhileIndexingMs: Math.max(0, ...whileIndexing.map((task) => task.duration)),
    }
  } finally {
    await context.close()
  }
}
