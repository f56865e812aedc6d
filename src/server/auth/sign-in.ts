// Who may read the calls, per AUTH_MODE: each request gets its viewer, and the
// gate decides what it may reach. One code path for dev, preview and start.
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AuthConfig } from '../config/auth-settings.ts'
import { AUTH_STYLESHEET, AUTH_STYLESHEET_PATH, type AuthPageAction } from './auth-page.ts'
import { gateRequest } from './auth-gate.ts'
import { createHeaderViewer } from './header-viewer.ts'
import { createOidcSignIn } from './oidc-sign-in.ts'
import type { ViewerState } from './viewer.ts'

/** What the page shows of the sign-in: who is signed in, and how to sign out. */
export type SignInSummary = {
  mode: AuthConfig['mode']
  signOut: { method: 'post' | 'get'; url: string } | null
  /** Sign-in is off on an address other machines reach. */
  exposed: boolean
}

export async function registerSignIn(app: FastifyInstance, auth: AuthConfig) {
  await app.register(cookie)
  app.decorateRequest('viewer', null)
  app.get(AUTH_STYLESHEET_PATH, (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(AUTH_STYLESHEET))

  const { viewerOf, signInPath, signOut } = modeParts(app, auth)
  const header = auth.mode === 'header' ? auth.header : null
  app.addHook('onRequest', async (request, reply) => {
    request.viewer = await viewerOf(request)
    await gateRequest(request, reply, { signInPath, signOut, header })
  })

  const summary: SignInSummary = {
    mode: auth.mode,
    signOut: signOut && (signOut.kind === 'sign-out' ? { method: 'post', url: '/auth/logout' } : { method: 'get', url: signOut.href }),
    exposed: auth.mode === 'none' && auth.exposed,
  }
  return summary
}

function modeParts(app: FastifyInstance, auth: AuthConfig) {
  if (auth.mode === 'oidc') {
    const oidc = createOidcSignIn(auth)
    oidc.register(app)
    return { viewerOf: oidc.viewerOf, signInPath: '/auth/login', signOut: { kind: 'sign-out', label: 'Sign out' } as AuthPageAction }
  }
  if (auth.mode === 'header') {
    const viewerOf = createHeaderViewer(auth)
    const signOut: AuthPageAction | null = auth.signOutUrl ? { kind: 'link', href: auth.signOutUrl.href, label: 'Sign out' } : null
    return { viewerOf: (request: FastifyRequest) => Promise.resolve(viewerOf(request)), signInPath: null, signOut }
  }
  const open: ViewerState = { kind: 'open' }
  return { viewerOf: () => Promise.resolve(open), signInPath: null, signOut: null }
}
