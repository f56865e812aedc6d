import type { Claim, SharedStore } from './shared-store.ts'

/**
 * The shared store while it answers, this instance's memory while it doesn't:
 * losing Redis loses sharing, never a request.
 */
export function createResilientStore(shared: SharedStore, memory: SharedStore, isAvailable: () => boolean): SharedStore {
  async function either<T>(operation: (store: SharedStore) => Promise<T>) {
    if (isAvailable()) {
      try {
        return await operation(shared)
      } catch (error) {
        if ((error as Error).name === 'AbortError') throw error
      }
    }
    return operation(memory)
  }
  // A claim taken in Redis must not fail its request if Redis leaves before it is published.
  const safeClaim = (claim: Claim | null): Claim | null =>
    claim && { publish: (outcome) => claim.publish(outcome).catch(() => undefined) }

  return {
    readCache: (key) => either((store) => store.readCache(key)),
    writeCache: (key, answer, ttlMs) => either((store) => store.writeCache(key, answer, ttlMs)),
    takeRateSlot: (now) => either((store) => store.takeRateSlot(now)),
    reportRate: (report) => either((store) => store.reportRate(report)),
    claim: (key) => either(async (store) => safeClaim(await store.claim(key))),
    awaitOutcome: (key, signal) => either((store) => store.awaitOutcome(key, signal)),
  }
}
