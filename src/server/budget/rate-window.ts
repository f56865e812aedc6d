import type { RateReport } from './rate-report.ts'

/**
 * The key's rate budget in this process: a sliding window of our own sends
 * (never more than `limit` in any `windowMs`), held further by what the
 * upstream last reported, since other clients may share the key.
 * `redis-scripts.ts` holds the same rules for a budget shared through Redis.
 */
export function createRateWindow(limit: number, windowMs: number) {
  const sends: number[] = []
  let reported: RateReport | null = null

  /** Takes a slot now (0), or says how many ms until one may free up. */
  function take(now: number): number {
    while (sends.length > 0 && (sends[0] ?? 0) <= now - windowMs) sends.shift()
    const current = reported && now < reported.resetAt ? reported : null
    if (current && current.remaining <= 0) return current.resetAt - now
    const effectiveLimit = Math.min(limit, reported?.limit ?? limit)
    if (sends.length >= effectiveLimit) return Math.max(1, (sends[sends.length - effectiveLimit] ?? now) + windowMs - now)
    sends.push(now)
    if (current) current.remaining -= 1
    return 0
  }

  /** The latest report wins; answers from one window that arrive out of order keep the lowest remaining. */
  function report(next: RateReport) {
    const sameWindow = reported?.resetAt === next.resetAt
    reported = {
      limit: next.limit ?? reported?.limit ?? null,
      remaining: sameWindow && reported ? Math.min(next.remaining, reported.remaining) : next.remaining,
      resetAt: next.resetAt,
    }
  }

  return { take, report }
}
