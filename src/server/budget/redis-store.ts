import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Redis, Result } from 'ioredis'
import { answered, type UpstreamOutcome } from '../upstream/upstream-outcome.ts'
import { decodeAnswer, decodeOutcome, encodeAnswer, encodeOutcome } from './outcome-codec.ts'
import type { RateReport } from './rate-report.ts'
import { RELEASE_CLAIM, REPORT_RATE, TAKE_RATE_SLOT } from './redis-scripts.ts'
import type { Claim, SharedStore } from './shared-store.ts'

declare module 'ioredis' {
  interface RedisCommander<Context> {
    takeRateSlot(sends: string, upstream: string, now: number, windowMs: number, limit: number, member: string): Result<number, Context>
    reportRate(upstream: string, limit: number, remaining: number, resetAt: number, windowMs: number): Result<number, Context>
    releaseClaim(claim: string, token: string): Result<number, Context>
  }
}

const ABANDONED = Buffer.alloc(0)
const POLL_MS = 250

type RedisStoreOptions = {
  /** Keeps one deployment's keys apart from another's in the same Redis. */
  prefix: string
  ratePerMinute: number
  windowMs: number
  /** How long a replica may hold the right to fetch a key before others take over. */
  claimTtlMs: number
}

/** The shared state in Redis: every replica reads one cache and spends one rate window. */
export function createRedisStore(redis: Redis, subscriber: Redis, options: RedisStoreOptions): SharedStore {
  const { prefix, ratePerMinute, windowMs, claimTtlMs } = options
  redis.defineCommand('takeRateSlot', { numberOfKeys: 2, lua: TAKE_RATE_SLOT })
  redis.defineCommand('reportRate', { numberOfKeys: 1, lua: REPORT_RATE })
  redis.defineCommand('releaseClaim', { numberOfKeys: 1, lua: RELEASE_CLAIM })
  const keys = {
    cache: (key: string) => `${prefix}:cache:${key}`,
    claim: (key: string) => `${prefix}:claim:${key}`,
    done: (key: string) => `${prefix}:done:${key}`,
    sends: `${prefix}:rate:sends`,
    upstream: `${prefix}:rate:upstream`,
  }
  const listeners = createChannelListeners(subscriber)

  async function readCache(key: string) {
    const bytes = await redis.getBuffer(keys.cache(key))
    return bytes && decodeAnswer(bytes)
  }

  async function claim(key: string): Promise<Claim | null> {
    const token = randomUUID()
    const taken = await redis.set(keys.claim(key), token, 'PX', claimTtlMs, 'NX')
    if (taken !== 'OK') return null
    return {
      async publish(outcome) {
        await redis.publish(keys.done(key), outcome ? encodeOutcome(outcome) : ABANDONED)
        await redis.releaseClaim(keys.claim(key), token)
      },
    }
  }

  async function awaitOutcome(key: string, signal: AbortSignal): Promise<UpstreamOutcome | null> {
    const message = await listeners.listen(keys.done(key))
    try {
      const deadline = Date.now() + claimTtlMs
      while (Date.now() < deadline) {
        // Subscribed first, then looked: an outcome published in between is in the cache or the message.
        const cached = await readCache(key)
        if (cached) return answered(cached)
        if (!(await redis.exists(keys.claim(key)))) return null
        const bytes = await Promise.race([message.next, sleep(POLL_MS, null, { signal })])
        if (bytes) return bytes.length === 0 ? null : decodeOutcome(bytes)
      }
      return null
    } finally {
      await message.stop()
    }
  }

  return {
    readCache,
    async writeCache(key, answer, ttlMs) {
      await redis.set(keys.cache(key), encodeAnswer(answer), 'PX', ttlMs)
    },
    takeRateSlot: (now) => redis.takeRateSlot(keys.sends, keys.upstream, now, windowMs, ratePerMinute, `${now}:${randomUUID()}`),
    async reportRate(report: RateReport) {
      await redis.reportRate(keys.upstream, report.limit ?? 0, report.remaining, report.resetAt, windowMs)
    },
    claim,
    awaitOutcome,
  }
}

/** Subscriptions shared by every waiter on a channel, dropped when the last one leaves. */
function createChannelListeners(subscriber: Redis) {
  const channels = new Map<string, { waiters: Set<(message: Buffer) => void>; subscribed: Promise<unknown> }>()
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    for (const deliver of channels.get(channel.toString())?.waiters ?? []) deliver(message)
  })

  async function listen(channel: string) {
    let deliver!: (message: Buffer) => void
    const next = new Promise<Buffer>((resolve) => (deliver = resolve))
    const entry = channels.get(channel) ?? { waiters: new Set(), subscribed: subscriber.subscribe(channel) }
    channels.set(channel, entry)
    entry.waiters.add(deliver)
    const stop = async () => {
      entry.waiters.delete(deliver)
      if (entry.waiters.size > 0 || channels.get(channel) !== entry) return
      channels.delete(channel)
      await subscriber.unsubscribe(channel).catch(() => undefined)
    }
    try {
      await entry.subscribed
    } catch (error) {
      await stop()
      throw error
    }
    return { next, stop }
  }

  return { listen }
}
