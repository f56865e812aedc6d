// Sign-in with an OpenID provider: /auth/login leaves for the provider,
// /auth/callback comes back with a fresh session cookie, /auth/logout ends it
// here and at the provider. The session is a sealed cookie, renewed at every
// sign-in, so a cookie planted before it is worthless.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AuthConfig } from '../config/auth-settings.ts'
import { isAllowedEmail } from './allow-list.ts'
import { sendAuthPage } from './auth-page.ts'
import { createOidcConnection, type SignInTransaction } from './oidc-connection.ts'
import { safeReturnTo } from './return-to.ts'
import { createCookieSealer } from './sealed-cookie.ts'
import type { ViewerState } from './viewer.ts'

const SESSION_COOKIE = 'aura_session'
const SIGN_IN_COOKIE = 'aura_sign_in'
const SIGN_IN_MAX_AGE_MS = 10 * 60_000

type OidcAuth = Extract<AuthConfig, { mode: 'oidc' }>

export function createOidcSignIn(auth: OidcAuth) {
  const connection = createOidcConnection(auth)
  const sessions = createCookieSealer(auth.sessionSecret, 'session')
  const signIns = createCookieSealer(auth.sessionSecret, 'sign-in')
  const secure = auth.publicUrl.protocol === 'https:'
  const cookie = (path: string, maxAgeMs: number) => ({ path, httpOnly: true, secure, sameSite: 'lax' as const, maxAge: Math.floor(maxAgeMs / 1000) })
  const signedOutUrl = new URL('/auth/signed-out', auth.publicUrl)

  async function viewerOf(request: FastifyRequest): Promise<ViewerState> {
    const session = await sessions.unseal(request.cookies[SESSION_COOKIE])
    if (!session || typeof session.email !== 'string') return { kind: 'signed-out' }
    const name = typeof session.name === 'string' ? session.name : null
    return isAllowedEmail(session.email, auth.allow) ? { kind: 'signed-in', email: session.email, name } : { kind: 'denied', email: session.email, name }
  }

  function providerTrouble(reply: FastifyReply, retry: string) {
    return sendAuthPage(reply, 503, {
      title: 'The sign-in provider can’t be reached',
      paragraphs: [`${auth.issuer.host} did not answer. It may be down or misconfigured; try again in a moment.`],
      actions: [{ kind: 'link', href: retry, label: 'Try again' }],
    })
  }

  function register(app: FastifyInstance) {
    // Sign-out is a form post; its (empty) body is read and let go.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, {}))
    app.get('/auth/login', async (request, reply) => {
      const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo)
      let started
      try {
        started = await connection.beginSignIn(returnTo)
      } catch (error) {
        request.log.warn({ err: error }, 'sign-in provider unavailable')
        return providerTrouble(reply, `/auth/login?returnTo=${encodeURIComponent(returnTo)}`)
      }
      reply.setCookie(SIGN_IN_COOKIE, await signIns.seal(started.transaction, SIGN_IN_MAX_AGE_MS), cookie('/auth', SIGN_IN_MAX_AGE_MS))
      return reply.header('cache-control', 'no-store').redirect(started.url.href)
    })

    app.get('/auth/callback', async (request, reply) => {
      const transaction = (await signIns.unseal(request.cookies[SIGN_IN_COOKIE])) as SignInTransaction | null
      reply.clearCookie(SIGN_IN_COOKIE, { path: '/auth' })
      const restart = `/auth/login?returnTo=${encodeURIComponent(transaction?.returnTo ?? '/')}`
      if (!transaction) {
        return sendAuthPage(reply, 400, {
          title: 'This sign-in has expired',
          paragraphs: ['It took longer than 10 minutes, or it was started in another browser.'],
          actions: [{ kind: 'link', href: restart, label: 'Sign in again' }],
        })
      }
      let account
      try {
        account = await connection.completeSignIn(new URL(request.url, auth.publicUrl), transaction)
      } catch (error) {
        request.log.warn({ err: error }, 'sign-in not completed')
        const refusal = oauthErrorCode(error) ?? oauthErrorCode(request.query)
        if (!refusal) return providerTrouble(reply, restart)
        return sendAuthPage(reply, 502, {
          title: 'The sign-in was not completed',
          paragraphs: [
            `The provider answered: ${refusal}.`,
            'If this repeats, check OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PUBLIC_URL against the client registered with the provider.',
          ],
          actions: [{ kind: 'link', href: restart, label: 'Try again' }],
        })
      }
      if (!account.email || !account.emailVerified) {
        return sendAuthPage(reply, 403, {
          title: 'Your account has no verified email address',
          paragraphs: ['This dashboard decides who may read calls by email address, and the provider did not vouch for one.'],
          actions: [{ kind: 'link', href: restart, label: 'Sign in with another account' }],
        })
      }
      const session = { email: account.email, name: account.name, idToken: account.idToken }
      reply.setCookie(SESSION_COOKIE, await sessions.seal(session, auth.sessionMaxAgeMs), cookie('/', auth.sessionMaxAgeMs))
      request.log.info({ viewer: account.email, allowed: isAllowedEmail(account.email, auth.allow) }, 'signed in')
      return reply.header('cache-control', 'no-store').redirect(transaction.returnTo, 303)
    })

    app.post('/auth/logout', async (request, reply) => {
      const session = await sessions.unseal(request.cookies[SESSION_COOKIE])
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      const idToken = typeof session?.idToken === 'string' ? session.idToken : null
      const atProvider = await connection.endSessionUrl(idToken, signedOutUrl).catch(() => null)
      return reply.redirect(atProvider?.href ?? signedOutUrl.pathname, 303)
    })

    app.get('/auth/signed-out', (_request, reply) =>
      sendAuthPage(reply, 200, {
        title: 'You’re signed out',
        paragraphs: ['Call links you open from now on will ask you to sign in first.'],
        actions: [{ kind: 'link', href: '/auth/login', label: 'Sign in' }],
      }),
    )
  }

  return { viewerOf, register }
}

/** The OAuth error code of a refusal (`invalid_client`, `access_denied`…), from openid-client's error or the callback's query. */
function oauthErrorCode(source: unknown) {
  const code = (source as { error?: unknown } | null)?.error
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : null
}
