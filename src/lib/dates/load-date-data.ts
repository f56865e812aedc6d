import { DATE_FORMATTING_WARM_UPS } from './dates'
import { afterNextPaint } from '@/lib/scheduling/after-next-paint'
import { nextTask } from '@/lib/scheduling/next-task'

/** Past this, the main thread loads the data itself rather than wait on a worker that is slow to start. */
const WORKER_LIMIT_MS = 1_500

let loading: Promise<void> | null = null

/**
 * Loads the browser's date data before the page's first render needs it. The first date a browser formats loads
 * its locale and zone data, which takes tens of milliseconds: a worker loads it for the whole page, and the
 * formatters the page prints with first are then built here one a task. Where the platform has no worker, or
 * the worker fails or is slow, the same steps load the data on this thread, each in a task of its own.
 */
export function loadDateData(): Promise<void> {
  loading ??= loadInWorker().then(buildFirstFormatters)
  return loading
}

async function loadInWorker() {
  if (typeof Worker !== 'function') return
  // The worker's script is asked for once the first view is on screen, so its request never holds that view up.
  await afterNextPaint()
  return new Promise<void>((resolve) => {
    let worker: Worker | null = null
    const done = () => {
      clearTimeout(limit)
      worker?.terminate()
      resolve()
    }
    const limit = setTimeout(done, WORKER_LIMIT_MS)
    try {
      worker = new Worker(new URL('./date-data-worker.ts', import.meta.url), { type: 'module', name: 'date data' })
      worker.onmessage = done
      worker.onerror = done
    } catch {
      done()
    }
  })
}

async function buildFirstFormatters() {
  for (const warmUp of DATE_FORMATTING_WARM_UPS) {
    await nextTask()
    warmUp()
  }
}
