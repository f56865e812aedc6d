import { createHash } from 'node:crypto'
import type { Logger } from 'pino'
import { createMemoryStore } from '../budget/memory-store.ts'
import { connectRedis } from '../budget/redis-connection.ts'
import { createRedisStore } from '../budget/redis-store.ts'
import { createResilientStore } from '../budget/resilient-store.ts'
import { createUpstreamBudget, RATE_WINDOW_MS } from '../budget/upstream-budget.ts'
import type { ServerConfig } from '../config/server-config.ts'
import { createUpstreamClient } from '../upstream/fetch-upstream.ts'
import { createUpstreamHealth } from '../upstream/upstream-health.ts'
import type { ApiBackend } from './api-backend.ts'

type LiveUpstream = { mode: 'live'; url: URL; key: string }

/** Answers `/api` from the Aura API with the server's key, within one budget shared by every replica. */
export function createLiveBackend(config: ServerConfig, upstream: LiveUpstream, log: Logger): ApiBackend {
  const { timeouts, maxBodyBytes, ratePerMinute, queue, cacheTtlMs } = config
  const client = createUpstreamClient(upstream.url, upstream.key, { ...timeouts, maxBodyBytes })
  const health = createUpstreamHealth(client.probe)
  const memory = createMemoryStore({ ratePerMinute, windowMs: RATE_WINDOW_MS })
  const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : null
  const store = redis
    ? createResilientStore(
        createRedisStore(redis.client, redis.subscriber, {
          prefix: `aura:${deploymentFingerprint(upstream)}`,
          ratePerMinute,
          windowMs: RATE_WINDOW_MS,
          claimTtlMs: queue.maxWaitMs + timeouts.connectMs + timeouts.headersMs + timeouts.bodyMs,
        }),
        memory,
        () => redis.state() === 'ready',
      )
    : memory
  const budget = createUpstreamBudget({
    store,
    fetchUpstream: async (target, signal) => health.record(await client.get(target, signal)),
    cacheTtlMs,
    queue,
  })

  return {
    mode: 'live',
    get: (route, signal) => budget.get(route.target, signal),
    readiness: async () => ({ upstream: await health.status(), redis: redis?.state() ?? 'not configured' }),
    async close() {
      await Promise.allSettled([client.close(), redis?.close()])
    },
  }
}

/** Replicas of one deployment share Redis keys; another key or upstream never reads them. */
function deploymentFingerprint({ url, key }: LiveUpstream) {
  return createHash('sha256').update(`${url.href}\n${key}`).digest('hex').slice(0, 16)
}
