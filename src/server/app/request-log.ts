import type { FastifyInstance } from 'fastify'
import type { BackendResult } from '../api/api-backend.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** How an `/api` read was answered, for the request's log line. */
    apiOutcome: Pick<BackendResult, 'cache' | 'upstreamMs'> | null
  }
}

const MAX_LOGGED_PATH = 300

/**
 * One JSON line a request: method, path (query keys, never their values),
 * status, time, and for `/api` reads the upstream time and cache outcome.
 */
export function logEachRequest(app: FastifyInstance) {
  app.decorateRequest('apiOutcome', null)
  app.addHook('onRequest', (request, reply, done) => {
    // 'close' comes for every response, finished or not: an answer cut short is logged too.
    reply.raw.once('close', () => {
      const outcome = request.apiOutcome
      request.log.info(
        {
          method: request.method,
          path: describePath(request.originalUrl),
          status: reply.statusCode,
          ms: round(reply.elapsedTime),
          ...(outcome && { cache: outcome.cache, upstream_ms: outcome.upstreamMs === null ? null : round(outcome.upstreamMs) }),
          ...(!reply.raw.writableFinished && { aborted: true }),
        },
        'request',
      )
    })
    done()
  })
}

function round(ms: number) {
  return Math.round(ms * 10) / 10
}

/** `/api/v1/calls?limit=20&status=closed` becomes `/api/v1/calls?limit&status`. */
export function describePath(url: string) {
  const [path = '', query] = url.split('?', 2)
  const keys = query === undefined ? '' : `?${[...new URLSearchParams(query).keys()].join('&')}`
  return `${path}${keys}`.slice(0, MAX_LOGGED_PATH)
}
