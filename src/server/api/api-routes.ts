import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { abortedWhenClientLeaves } from '../http/aborted-when-client-leaves.ts'
import { sendError } from '../http/error-envelope.ts'
import { viewerEmail } from '../auth/viewer.ts'
import type { ApiBackend } from './api-backend.ts'
import { resolveApiRoute } from './api-route.ts'

const NOT_FOUND_MESSAGE = 'This server forwards only the reads the call page makes.'

/** `/api/*`: the allowed reads go to the backend; everything else is a 404 envelope and goes nowhere. */
export function registerApiRoutes(app: FastifyInstance, backend: ApiBackend) {
  app.route({ method: ['GET', 'HEAD'], url: '/api/*', handler: (request, reply) => answerApiRead(request, reply, backend) })
}

export function sendApiNotFound(reply: FastifyReply) {
  return sendError(reply, 404, 'NOT_FOUND', NOT_FOUND_MESSAGE)
}

async function answerApiRead(request: FastifyRequest, reply: FastifyReply, backend: ApiBackend) {
  const route = resolveApiRoute(request.method, request.url)
  if (!route) return sendApiNotFound(reply)
  const callId = /^\/v1\/calls\/([^/?]+)$/.exec(route.target)?.[1]
  // The audit trail: who opened which call, one line each.
  if (callId) request.log.info({ audit: 'call viewed', viewer: viewerEmail(request), call_id: callId }, 'call viewed')

  const signal = abortedWhenClientLeaves(reply)
  let result
  try {
    result = await backend.get(route, signal)
  } catch (error) {
    // The browser left: nobody is waiting for an answer, and nothing went wrong.
    if (signal.aborted) return reply.hijack()
    throw error
  }
  const { outcome, cache, upstreamMs } = result
  request.apiOutcome = { cache, upstreamMs }
  if (outcome.kind === 'failure') {
    const { status, code, message, retryAfterSeconds } = outcome.failure
    if (retryAfterSeconds !== undefined) {
      reply.header('retry-after', String(retryAfterSeconds))
      reply.header('x-ratelimit-reset', String(Math.ceil(Date.now() / 1000) + retryAfterSeconds))
    }
    return sendError(reply, status, code, message)
  }
  const { status, headers, body } = outcome.answer
  return reply
    .code(status)
    .headers({ ...headers, 'cache-control': 'no-store', 'x-cache': cache })
    .send(request.method === 'HEAD' ? undefined : body)
}
