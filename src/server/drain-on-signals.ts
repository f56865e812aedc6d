import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'

const DRAIN_LIMIT_MS = 9_000

/**
 * SIGTERM (and Ctrl-C): stop accepting, let requests in flight finish, and
 * exit within 10 s however they fare.
 */
export function drainOnSignals(app: FastifyInstance, logger: Logger) {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'draining: no new connections, finishing requests in flight')
    const forced = setTimeout(() => {
      logger.warn('drain limit reached: closing the remaining connections')
      app.server.closeAllConnections()
      process.exit(1)
    }, DRAIN_LIMIT_MS)
    forced.unref()
    // Keep-alive connections whose last answer ends during the drain would otherwise hold it open.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100)
    closeIdle.unref()
    app.close().then(
      () => {
        logger.info('stopped')
        logger.flush()
        process.exit(0)
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}
