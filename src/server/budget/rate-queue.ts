import { setTimeout as sleep } from 'node:timers/promises'
import type { SharedStore } from './shared-store.ts'

export type QueueLimits = { maxWaitMs: number; size: number }

export type Slot = { ok: true } | { ok: false; retryAfterMs: number }

/**
 * Waits for a rate slot rather than letting a request become a 429: a request
 * queues while a slot frees up before its deadline and the queue has room.
 */
export function createRateQueue(store: SharedStore, { size }: QueueLimits, now: () => number) {
  let waiting = 0

  async function acquire(signal: AbortSignal, deadline: number): Promise<Slot> {
    for (let queued = false; ; queued = true) {
      const wait = await store.takeRateSlot(now())
      if (wait <= 0) return { ok: true }
      if (now() + wait > deadline || (!queued && waiting >= size)) return { ok: false, retryAfterMs: wait }
      waiting += 1
      try {
        // A little jitter, so waiters woken by the same free slot do not all ask at once.
        await sleep(wait + Math.random() * 20, undefined, { signal })
      } finally {
        waiting -= 1
      }
    }
  }

  return { acquire, waiting: () => waiting }
}
