// Spends the key's upstream budget once for everyone: a fresh cached answer is
// reused, identical reads in flight share one fetch (across replicas when the
// store is shared), and sends keep under the key's rate, queueing briefly
// instead of passing a 429 on.
import { answered, failed, type UpstreamOutcome } from '../upstream/upstream-outcome.ts'
import { createRateQueue, type QueueLimits } from './rate-queue.ts'
import { readRateReport } from './rate-report.ts'
import type { Claim, SharedStore } from './shared-store.ts'

export const RATE_WINDOW_MS = 60_000
const CLAIM_ATTEMPTS = 3

export type CacheOutcome = 'hit' | 'miss' | 'coalesced'
export type BudgetResult = { outcome: UpstreamOutcome; cache: CacheOutcome; upstreamMs: number | null }

type Fetched = { outcome: UpstreamOutcome; upstreamMs: number | null; shared: boolean }
type FetchUpstream = (target: string, signal: AbortSignal) => Promise<UpstreamOutcome>

type BudgetOptions = {
  store: SharedStore
  fetchUpstream: FetchUpstream
  cacheTtlMs: number
  queue: QueueLimits
  now?: () => number
}

export function createUpstreamBudget({ store, fetchUpstream, cacheTtlMs, queue, now = Date.now }: BudgetOptions) {
  const rateQueue = createRateQueue(store, queue, now)
  const inFlight = new Map<string, ReturnType<typeof startFlight>>()

  /** The outcome for `target`; rejects only when `signal` aborts. */
  async function get(target: string, signal: AbortSignal): Promise<BudgetResult> {
    if (cacheTtlMs > 0) {
      const cached = await store.readCache(target)
      if (cached) return { outcome: answered(cached), cache: 'hit', upstreamMs: null }
    }
    const joined = inFlight.get(target)
    const flight = joined ?? startFlight(target)
    const { outcome, upstreamMs, shared } = await flight.join(signal)
    return { outcome, upstreamMs, cache: joined || shared ? 'coalesced' : 'miss' }
  }

  /** One fetch that any number of requests wait on; aborted when the last of them leaves. */
  function startFlight(target: string) {
    const controller = new AbortController()
    let waiters = 0
    const done = fetchOnce(target, controller.signal)
    const forget = () => {
      if (inFlight.get(target) === flight) inFlight.delete(target)
    }
    done.then(forget, forget)
    const flight = {
      join(signal: AbortSignal) {
        waiters += 1
        return new Promise<Fetched>((resolve, reject) => {
          const leave = () => {
            waiters -= 1
            if (waiters === 0) {
              forget()
              controller.abort()
            }
            reject(signal.reason as Error)
          }
          if (signal.aborted) return leave()
          signal.addEventListener('abort', leave, { once: true })
          done.then(
            (result) => {
              signal.removeEventListener('abort', leave)
              resolve(result)
            },
            (error: Error) => {
              signal.removeEventListener('abort', leave)
              reject(error)
            },
          )
        })
      },
    }
    inFlight.set(target, flight)
    return flight
  }

  async function fetchOnce(target: string, signal: AbortSignal): Promise<Fetched> {
    for (let attempt = 1; ; attempt += 1) {
      const claim = await store.claim(target)
      if (claim || attempt === CLAIM_ATTEMPTS) return fetchAndShare(target, claim, signal)
      const outcome = await store.awaitOutcome(target, signal)
      if (outcome) return { outcome, upstreamMs: null, shared: true }
    }
  }

  async function fetchAndShare(target: string, claim: Claim | null, signal: AbortSignal): Promise<Fetched> {
    let fetched: Fetched | null = null
    try {
      fetched = await fetchWithinRate(target, signal)
      const { outcome } = fetched
      if (cacheTtlMs > 0 && outcome.kind === 'answer' && outcome.answer.status >= 200 && outcome.answer.status < 300) {
        await store.writeCache(target, withoutRateHeaders(outcome.answer), cacheTtlMs)
      }
      return fetched
    } finally {
      await claim?.publish(fetched?.outcome ?? null)
    }
  }

  async function fetchWithinRate(target: string, signal: AbortSignal): Promise<Fetched> {
    const deadline = now() + queue.maxWaitMs
    let upstreamMs: number | null = null
    for (;;) {
      const slot = await rateQueue.acquire(signal, deadline)
      if (!slot.ok) {
        const seconds = Math.max(1, Math.ceil(slot.retryAfterMs / 1000))
        return { outcome: failed(429, 'RATE_LIMITED', `Too many requests to the Aura API right now. Try again in ${seconds} s.`, seconds), upstreamMs, shared: false }
      }
      const started = performance.now()
      const outcome = await fetchUpstream(target, signal)
      upstreamMs = (upstreamMs ?? 0) + performance.now() - started
      if (outcome.kind === 'answer') {
        const report = readRateReport(outcome.answer.status, outcome.answer.headers, now(), RATE_WINDOW_MS)
        if (report) await store.reportRate(report)
        // A 429 despite the budget (another client spends the same key): wait for the window it names.
        if (outcome.answer.status === 429 && now() < deadline) continue
      }
      return { outcome, upstreamMs, shared: false }
    }
  }

  return { get, queued: rateQueue.waiting }
}

function withoutRateHeaders(answer: { status: number; headers: Record<string, string>; body: Buffer }) {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !name.startsWith('x-ratelimit-') && name !== 'retry-after'))
  return { ...answer, headers }
}
