/** What the upstream said of the key's budget: `X-RateLimit-*`, or `Retry-After` on a 429. */
export type RateReport = { limit: number | null; remaining: number; resetAt: number }

/** Reads the upstream's rate-limit headers; null when it sent none that make sense. */
export function readRateReport(status: number, headers: Record<string, string>, now: number, windowMs: number): RateReport | null {
  const limit = wholeNumber(headers['x-ratelimit-limit'])
  const remaining = wholeNumber(headers['x-ratelimit-remaining'])
  const reset = wholeNumber(headers['x-ratelimit-reset'])
  const retryAfter = wholeNumber(headers['retry-after'])
  // A reset far ahead (another clock, another kind of window) is held to one window.
  const cap = (at: number) => Math.min(at, now + windowMs)
  if (status === 429) {
    const resetAt = retryAfter !== null ? now + retryAfter * 1000 : reset !== null ? reset * 1000 : now + 1000
    return { limit, remaining: 0, resetAt: cap(Math.max(resetAt, now + 1000)) }
  }
  if (remaining === null || reset === null) return null
  return { limit, remaining, resetAt: cap(reset * 1000) }
}

function wholeNumber(text: string | undefined) {
  if (text === undefined || !/^\d{1,15}$/.test(text.trim())) return null
  return Number(text)
}
