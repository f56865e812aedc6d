/** Where the browser cannot say when it is idle, work that can wait starts this long after it was asked for. */
const FALLBACK_DELAY_MS = 250

/** Runs `work` once the browser is idle (at the latest after 2 s); returns the function that cancels it. */
export function whenIdle(work: () => void) {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, FALLBACK_DELAY_MS)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(work, { timeout: 2000 })
  return () => cancelIdleCallback(handle)
}
