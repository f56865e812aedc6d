// The one server behind `npm run dev`, `npm run preview` and `npm start`: the
// same hooks, headers, API and ops routes in all three; only what serves the
// page differs (Vite in dev, the built files otherwise).
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify'
import type { ApiBackend } from '../api/api-backend.ts'
import { registerApiRoutes, sendApiNotFound } from '../api/api-routes.ts'
import { isApiNamespace } from '../api/api-route.ts'
import type { ServerConfig } from '../config/server-config.ts'
import { sendError } from '../http/error-envelope.ts'
import type { InlineHashes } from '../frontend/app-shell.ts'
import { securityHeaders } from '../http/security-headers.ts'
import { registerSignIn } from '../auth/sign-in.ts'
import { registerOpsRoutes } from '../ops/ops-routes.ts'
import { registerPageContextRoute } from './page-context-route.ts'
import { logEachRequest } from './request-log.ts'

export type Frontend = {
  /** Registers what serves the page. */
  mount(app: FastifyInstance): Promise<void>
  /** The answer for a page path no file matches; null for a plain 404. */
  appShell: ((reply: FastifyReply, url: string, backend: ApiBackend) => FastifyReply) | null
  /** The page's inline scripts and styles, as Content-Security-Policy hashes. */
  inlineHashes: () => InlineHashes
}

type AppParts = { backend: ApiBackend; logger: FastifyBaseLogger; frontend: Frontend }

export async function createApp(config: ServerConfig, { backend, logger, frontend }: AppParts) {
  let draining = false
  const app = Fastify({
    loggerInstance: logger,
    // One line a request, written by request-log.ts instead.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    genReqId: () => randomUUID(),
    // The id is ours: a browser can't choose what the log says.
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 16 * 1024,
    requestTimeout: 60_000,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 1_000 },
    frameworkErrors: (_error, _request, reply) => {
      void sendError(reply, 400, 'BAD_REQUEST', 'This address is not valid.')
    },
  })
  // Sign-out posts a form that the provider's end-session page finishes.
  const formActions = config.auth.mode === 'oidc' ? [config.auth.issuer.origin] : []
  app.addHook('onRequest', (request, reply, done) => {
    const headers = securityHeaders({
      contentSecurityPolicy: config.role !== 'dev',
      https: request.protocol === 'https',
      formActions,
      inlineHashes: frontend.inlineHashes(),
    })
    // Set on the raw response, so that answers Vite writes itself in dev carry them too.
    for (const [name, value] of Object.entries(headers)) reply.raw.setHeader(name, value)
    reply.raw.setHeader('x-request-id', request.id)
    done()
  })
  app.addHook('onClose', async () => {
    await backend.close()
  })
  app.addHook('preClose', (done) => {
    draining = true
    done()
  })
  logEachRequest(app)
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500
    if (status < 500) return sendError(reply, status, 'BAD_REQUEST', STATUS_CODES[status] ?? 'Bad request')
    request.log.error({ err: error }, 'request failed')
    return sendError(reply, 500, 'INTERNAL_ERROR', 'Something went wrong on this server. The request ID helps find out what.')
  })
  app.setNotFoundHandler((request, reply) => answerUnknownPath(request, reply, frontend, backend))

  registerOpsRoutes(app, backend, () => draining)
  const signIn = await registerSignIn(app, config.auth)
  registerPageContextRoute(app, backend.mode, signIn)
  registerApiRoutes(app, backend)
  await frontend.mount(app)
  return app
}

function answerUnknownPath(request: FastifyRequest, reply: FastifyReply, frontend: Frontend, backend: ApiBackend) {
  const { method, url } = request
  if (isApiNamespace(url)) return sendApiNotFound(reply)
  const isRead = method === 'GET' || method === 'HEAD'
  if (!isRead || !frontend.appShell || url.startsWith('/assets/')) {
    return sendError(reply, 404, 'NOT_FOUND', 'Nothing is here.')
  }
  return frontend.appShell(reply, url, backend)
}
