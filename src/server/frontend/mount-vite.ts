import middie from '@fastify/middie'
import type { FastifyInstance } from 'fastify'
import type { Frontend } from '../app/create-app.ts'
import { createServer } from 'vite'
import { isServerPath } from '../app/server-paths.ts'

/**
 * Dev only: Vite serves the source with hot reload behind this server's hooks
 * (headers, and everything else every request passes), so dev runs the same
 * API, ops routes and headers as production.
 */
async function mountVite(app: FastifyInstance) {
  const vite = await createServer({
    server: { middlewareMode: true, ws: { server: app.server } },
    appType: 'spa',
  })
  await app.register(middie)
  app.use((req, res, next) => {
    if (isServerPath(req.url ?? '/')) next()
    else vite.middlewares(req, res, next)
  })
  app.addHook('onClose', () => vite.close())
}

export const viteFrontend: Frontend = { mount: mountVite, appShell: null, inlineHashes: () => ({ scripts: [], styles: [] }) }
