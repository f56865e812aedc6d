import { Redis } from 'ioredis'
import type { Logger } from 'pino'

export type RedisState = 'ready' | 'unavailable'

/**
 * Two connections to Redis (commands, and subscriptions for coalescing) that
 * never make a request wait: while Redis is away, commands fail at once and the
 * caller serves from memory. The state changes are logged, not each failure.
 */
export function connectRedis(url: string, log: Logger) {
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt: number) => Math.min(attempt * 250, 2_000),
  }
  const client = new Redis(url, options)
  const subscriber = new Redis(url, options)
  let state: RedisState = 'unavailable'
  let everReady = false

  const update = () => {
    const next: RedisState = client.status === 'ready' && subscriber.status === 'ready' ? 'ready' : 'unavailable'
    if (next === state) return
    state = next
    if (next === 'ready') {
      everReady = true
      log.info({ redis: 'ready' }, 'Redis connected: cache, coalescing and rate budget are shared with other replicas')
    } else if (everReady) {
      log.warn({ redis: 'unavailable' }, 'Redis unavailable: serving from this instance’s memory until it is back')
    }
  }
  for (const connection of [client, subscriber]) {
    connection.on('ready', update)
    connection.on('close', update)
    connection.on('end', update)
    // Errors surface as state changes; without a listener ioredis would print each retry.
    connection.on('error', update)
  }

  return {
    client,
    subscriber,
    state: () => state,
    async close() {
      await Promise.allSettled([client.quit(), subscriber.quit()])
    },
  }
}
