/** Reads when a 429 may be retried: `X-RateLimit-Reset` (Unix seconds) or `Retry-After`. */
export function readRetryAt(headers: Headers, now = Date.now()): number | null {
  const reset = Number(headers.get('x-ratelimit-reset'))
  if (headers.has('x-ratelimit-reset') && Number.isFinite(reset) && reset > 0) return reset * 1000

  const retryAfter = headers.get('retry-after')
  if (retryAfter === null) return null
  const seconds = Number(retryAfter)
  if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000
  const date = Date.parse(retryAfter)
  return Number.isNaN(date) ? null : date
}
