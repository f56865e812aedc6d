import type { FastifyReply, FastifyRequest } from 'fastify'
import { SERVER_MODE_PATH } from '../../api/server-mode-path.ts'
import { isApiNamespace } from '../api/api-route.ts'
import { sendError } from '../http/error-envelope.ts'
import { sendAuthPage, type AuthPageAction } from './auth-page.ts'
import type { ViewerState } from './viewer.ts'

const HEALTH_PATHS = ['/healthz', '/readyz']

type GateOptions = {
  /** Where a page opened without a session goes to sign in; null where a proxy signs people in. */
  signInPath: string | null
  /** How a denied viewer signs out to try another account. */
  signOut: AuthPageAction | null
  /** The header an identity-aware proxy names the viewer in. */
  header: string | null
}

/**
 * What a request may reach, given its viewer: pages and `/api` need an allowed
 * viewer; health checks, sign-in routes and the app's files (code, styles,
 * images, none of them call data) do not. `/api` answers envelopes, never a
 * redirect; a page goes to sign-in, keeping its whole URL, or gets a page
 * saying why not.
 */
export function gateRequest(request: FastifyRequest, reply: FastifyReply, { signInPath, signOut, header }: GateOptions) {
  const path = request.originalUrl.split('?', 1)[0] ?? '/'
  // A request the sign-in hook has not seen yet is treated as signed out: the gate fails closed.
  const viewer: ViewerState = request.viewer ?? { kind: 'signed-out' }
  if (HEALTH_PATHS.includes(path) || viewer.kind === 'open' || viewer.kind === 'signed-in') return null
  const kind = isApiNamespace(path) ? 'api' : isOpenPath(path) ? 'open' : 'page'
  if (kind === 'open' && viewer.kind !== 'untrusted') return null
  if (kind === 'api') return refuseApi(reply, viewer)

  if (viewer.kind === 'untrusted') {
    return sendAuthPage(reply, 403, {
      title: 'Open this dashboard through its sign-in',
      paragraphs: ['It accepts requests only from its sign-in proxy. Use the address your team shares.'],
      actions: [],
    })
  }
  if (viewer.kind === 'denied') {
    return sendAuthPage(reply, 403, {
      title: 'This account may not read these calls',
      paragraphs: [`You are signed in as ${viewer.email}.`, 'Ask whoever runs this dashboard to add your address, or sign in with another account.'],
      actions: signOut ? [signOut] : [],
    })
  }
  if (signInPath) return reply.header('cache-control', 'no-store').redirect(`${signInPath}?returnTo=${encodeURIComponent(request.originalUrl)}`)
  return sendAuthPage(reply, 401, {
    title: 'The sign-in proxy did not say who you are',
    paragraphs: [`It should send your email address in the ${header ?? 'configured'} header.`],
    actions: [],
  })
}

function refuseApi(reply: FastifyReply, viewer: Exclude<ViewerState, { kind: 'open' | 'signed-in' }>) {
  if (viewer.kind === 'signed-out') return sendError(reply, 401, 'SESSION_ENDED', 'Your session has ended. Sign in again to go on.')
  if (viewer.kind === 'denied') return sendError(reply, 403, 'NOT_ALLOWED', 'This account may not read these calls.')
  return sendError(reply, 403, 'UNTRUSTED_PROXY', 'This dashboard accepts requests only through its sign-in proxy.')
}

/** Sign-in routes, the page's context, and files (a dot in the last segment): nothing there is call data. */
function isOpenPath(path: string) {
  return path.startsWith('/auth/') || path === SERVER_MODE_PATH || /\.[^/]*$/.test(path)
}
