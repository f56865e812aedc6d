import type { FastifyReply } from 'fastify'

/** The Aura error envelope, for answers this server gives itself. */
export function errorEnvelope(code: string, error: string, requestId: string) {
  return { success: false as const, error, code, requestId }
}

export function sendError(reply: FastifyReply, status: number, code: string, error: string) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(errorEnvelope(code, error, reply.request.id)))
}
