import type { UpstreamAnswer, UpstreamOutcome } from '../upstream/upstream-outcome.ts'
import type { RateReport } from './rate-report.ts'

/** The right to fetch one key for every waiting replica; publishing ends it. */
export type Claim = { publish(outcome: UpstreamOutcome | null): Promise<void> }

/**
 * What replicas share so that they spend one upstream budget: answers cached
 * for a while, who is fetching what, and the rate window. Kept in memory for
 * one instance, or in Redis for many.
 */
export type SharedStore = {
  readCache(key: string): Promise<UpstreamAnswer | null>
  writeCache(key: string, answer: UpstreamAnswer, ttlMs: number): Promise<void>
  /** 0 when a send may go now (and is counted), else how many ms until one may. */
  takeRateSlot(now: number): Promise<number>
  reportRate(report: RateReport): Promise<void>
  /** A claim to fetch `key`, or null while another replica fetches it. */
  claim(key: string): Promise<Claim | null>
  /** The outcome another replica fetched for `key`; null when it gave up or its claim ran out. */
  awaitOutcome(key: string, signal: AbortSignal): Promise<UpstreamOutcome | null>
}
