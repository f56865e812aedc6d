import { LRUCache } from 'lru-cache'
import type { UpstreamAnswer } from '../upstream/upstream-outcome.ts'
import { createRateWindow } from './rate-window.ts'
import type { SharedStore } from './shared-store.ts'

const CACHE_MAX_BYTES = 64 * 1024 * 1024
const UNCLAIMED = { publish: () => Promise.resolve() }

/** The shared state of a single instance; also what a replica falls back to while Redis is away. */
export function createMemoryStore({ ratePerMinute, windowMs }: { ratePerMinute: number; windowMs: number }): SharedStore {
  const cache = new LRUCache<string, UpstreamAnswer>({
    maxSize: CACHE_MAX_BYTES,
    sizeCalculation: (answer) => answer.body.length + 512,
  })
  const rate = createRateWindow(ratePerMinute, windowMs)
  return {
    readCache: (key) => Promise.resolve(cache.get(key) ?? null),
    writeCache: (key, answer, ttlMs) => {
      cache.set(key, answer, { ttl: ttlMs })
      return Promise.resolve()
    },
    takeRateSlot: (now) => Promise.resolve(rate.take(now)),
    reportRate: (report) => Promise.resolve(rate.report(report)),
    // Within one process, the budget's own in-flight map already makes one fetch per key.
    claim: () => Promise.resolve(UNCLAIMED),
    awaitOutcome: () => Promise.resolve(null),
  }
}
