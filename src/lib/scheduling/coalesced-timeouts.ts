import type { TimeoutCallback, TimeoutProvider } from '@tanstack/react-query'

type Timer = { at: number; callback: TimeoutCallback }

/**
 * Timeouts that share one platform timer, armed for the earliest deadline. React Query sets and clears a query's
 * garbage-collection and staleness timers, minutes away, each time a component subscribes, from deep inside React's
 * render and commit. As platform timers, each of those is scheduled and cancelled with the browser, which traces
 * every one of them with its call stack while a profiler or audit records the page load; here most are a map entry.
 * Intervals stay platform intervals.
 */
export function createCoalescedTimeouts(): TimeoutProvider<number> {
  const pending = new Map<number, Timer>()
  let lastId = 0
  let armed: { at: number; handle: number } | null = null

  function arm() {
    let earliest = Number.POSITIVE_INFINITY
    for (const { at } of pending.values()) earliest = Math.min(earliest, at)
    if (earliest === Number.POSITIVE_INFINITY || (armed && armed.at <= earliest)) return
    if (armed) window.clearTimeout(armed.handle)
    armed = { at: earliest, handle: window.setTimeout(runDue, earliest - performance.now()) }
  }

  function runDue() {
    armed = null
    const now = performance.now()
    for (const [id, { at, callback }] of pending) {
      if (at > now) continue
      pending.delete(id)
      // As with platform timers, one callback's error goes uncaught without keeping the others from running.
      try {
        callback()
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
    arm()
  }

  return {
    setTimeout: (callback, delay) => {
      pending.set(++lastId, { at: performance.now() + Math.max(0, delay), callback })
      arm()
      return lastId
    },
    clearTimeout: (id) => {
      if (id !== undefined) pending.delete(id)
    },
    setInterval: (callback, delay) => window.setInterval(callback, delay),
    clearInterval: (id) => window.clearInterval(id),
  }
}
