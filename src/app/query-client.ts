import { QueryClient, timeoutManager } from '@tanstack/react-query'
import { isApiError } from '@/api/api-error'
import { createCoalescedTimeouts } from '@/lib/scheduling/coalesced-timeouts'

const MAX_TRANSIENT_RETRIES = 2
const MAX_RATE_LIMIT_RETRIES = 3
const MAX_RATE_LIMIT_WAIT_MS = 30_000
// One for the page: React Query's timers cannot be cancelled through another provider than the one that set them.
const TIMEOUTS = createCoalescedTimeouts()

/** Retries network failures and 5xx a few times, a 429 after its reset time, and nothing else. */
export function shouldRetry(failureCount: number, error: unknown) {
  if (!isApiError(error)) return false
  if (error.status === 429) return failureCount < MAX_RATE_LIMIT_RETRIES
  return error.isTransient && failureCount < MAX_TRANSIENT_RETRIES
}

export function retryDelay(failureCount: number, error: unknown, now = Date.now()) {
  if (isApiError(error) && error.status === 429) {
    const wait = error.retryAt === null ? 5_000 : error.retryAt - now
    return Math.min(Math.max(wait, 1_000), MAX_RATE_LIMIT_WAIT_MS)
  }
  return Math.min(1_000 * 2 ** failureCount, 8_000)
}

export function createQueryClient() {
  timeoutManager.setTimeoutProvider(TIMEOUTS)
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 60_000, refetchOnWindowFocus: false },
    },
  })
}
