import type { FastifyReply } from 'fastify'

/** Aborts when the connection closes before the answer was sent, so the upstream read stops too. */
export function abortedWhenClientLeaves(reply: FastifyReply) {
  const controller = new AbortController()
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort()
  })
  return controller.signal
}
