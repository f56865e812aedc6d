import type { FastifyInstance } from 'fastify'
import type { ApiBackend } from '../api/api-backend.ts'

/**
 * `/healthz`: the process is up. `/readyz`: 200 while it serves, 503 once it
 * drains; its body says whether the upstream answered lately and how Redis is.
 * An unreachable upstream leaves it 200 ("degraded"): the page still loads and
 * explains, which beats a load balancer taking every replica out.
 */
export function registerOpsRoutes(app: FastifyInstance, backend: ApiBackend, isDraining: () => boolean) {
  const noStore = { 'cache-control': 'no-store' }
  app.get('/healthz', (_request, reply) => reply.headers(noStore).send({ status: 'ok' }))
  app.get('/readyz', async (_request, reply) => {
    const { upstream, redis } = await backend.readiness()
    const degraded = upstream.state === 'unreachable' || redis === 'unavailable'
    const status = isDraining() ? 'draining' : degraded ? 'degraded' : 'ready'
    return reply
      .code(isDraining() ? 503 : 200)
      .headers(noStore)
      .send({ status, mode: backend.mode, upstream, redis })
  })
}
