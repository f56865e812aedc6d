import { ApiError, type ApiErrorKind } from '@/api/api-error'
import { retryDelay, shouldRetry } from './query-client'

const error = (status: number, kind: ApiErrorKind = 'http', retryAt: number | null = null) =>
  new ApiError({ kind, status, message: 'x', retryAt })

describe(shouldRetry.name, () => {
  it.each([400, 401, 403, 404, 422])('never retries a %s', (status) => {
    expect(shouldRetry(0, error(status))).toBe(false)
  })

  it('retries 5xx and network failures a few times, then stops', () => {
    expect(shouldRetry(0, error(503))).toBe(true)
    expect(shouldRetry(1, error(0, 'network'))).toBe(true)
    expect(shouldRetry(2, error(500))).toBe(false)
  })

  it('retries a 429 a bounded number of times', () => {
    expect(shouldRetry(0, error(429))).toBe(true)
    expect(shouldRetry(3, error(429))).toBe(false)
  })

  it('does not retry unexpected responses, timeouts or unknown errors', () => {
    expect(shouldRetry(0, error(200, 'unexpected-shape'))).toBe(false)
    expect(shouldRetry(0, error(0, 'timeout'))).toBe(false)
    expect(shouldRetry(0, new Error('boom'))).toBe(false)
  })
})

describe(retryDelay.name, () => {
  const now = 1_000_000
  it('waits until the rate limit resets, within bounds', () => {
    expect(retryDelay(0, error(429, 'http', now + 7_000), now)).toBe(7_000)
    expect(retryDelay(0, error(429, 'http', now + 10 * 60_000), now)).toBe(30_000)
    expect(retryDelay(0, error(429, 'http', now - 5_000), now)).toBe(1_000)
  })

  it('backs off exponentially for other failures', () => {
    expect(retryDelay(0, error(503), now)).toBe(1_000)
    expect(retryDelay(1, error(503), now)).toBe(2_000)
  })
})
