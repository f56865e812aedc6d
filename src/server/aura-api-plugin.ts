import type { Connect, Plugin } from 'vite'
import { createProxyMiddleware } from './proxy-middleware.ts'
import { SERVER_MODE_PATH } from '../api/server-mode-path.ts'
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts'
import { sendJson } from './send.ts'
import { readServerEnv, type ServerEnv } from './server-env.ts'

/** Serves `/api/*` in `vite dev` and `vite preview`: a keyed proxy to the Aura API, or the demo API. */
export function auraApiPlugin(): Plugin {
  let env: ServerEnv = { mode: 'demo' }

  const install = async (middlewares: Connect.Server, log: (message: string) => void) => {
    middlewares.use(SERVER_MODE_PATH, (_req, res) => sendJson(res, 200, { mode: env.mode }))
    // The demo data is only loaded when it is served.
    const api =
      env.mode === 'live'
        ? createProxyMiddleware(env.apiUrl, env.apiKey)
        : (await import('./demo-middleware.ts')).createDemoMiddleware()
    middlewares.use('/api', api)
    log(
      env.mode === 'live'
        ? `Aura API: live, /api is forwarded to ${env.apiUrl.origin} with the server's key`
        : 'Aura API: demo data (AURA_API_KEY is not set)',
    )
  }

  return {
    name: 'aura-api',
    configResolved(config) {
      env = readServerEnv(config.mode, config.envDir || config.root)
    },
    async configureServer(server) {
      await install(server.middlewares, (message) => server.config.logger.info(message))
    },
    async configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        next()
      })
      await install(server.middlewares, (message) => server.config.logger.info(message))
    },
  }
}
