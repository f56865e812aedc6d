// The OpenID Connect side of sign-in, through openid-client: the authorization
// code flow with PKCE, state and nonce, and RP-initiated logout where the
// provider offers it. The provider's metadata is fetched on first use and again
// after a failure, so a provider that is down at startup costs nothing later.
import * as oidc from 'openid-client'
import { isLoopbackHost } from '../config/loopback.ts'

const PROVIDER_TIMEOUT_MS = 10_000
/** Tolerated difference between our clock and the provider's. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60

export type OidcSettings = { issuer: URL; clientId: string; clientSecret: string; publicUrl: URL }

/** What the sign-in must remember between leaving for the provider and coming back. */
export type SignInTransaction = { state: string; nonce: string; verifier: string; returnTo: string }

export type SignedInAccount = { email: string | null; emailVerified: boolean; name: string | null; idToken: string | null }

export function createOidcConnection({ issuer, clientId, clientSecret, publicUrl }: OidcSettings) {
  const redirectUri = new URL('/auth/callback', publicUrl).href
  let configuration: Promise<oidc.Configuration> | null = null

  function discover() {
    configuration ??= oidc
      .discovery(
        issuer,
        clientId,
        { client_secret: clientSecret, [oidc.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
        undefined,
        {
          // Plain http only for a provider on this machine, as the settings check allows.
          execute: issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname) ? [oidc.allowInsecureRequests] : [],
          [oidc.customFetch]: (url, options) => fetch(url, { ...options, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) } as RequestInit),
        },
      )
      .catch((error: unknown) => {
        configuration = null
        throw error
      })
    return configuration
  }

  async function beginSignIn(returnTo: string): Promise<{ url: URL; transaction: SignInTransaction }> {
    const config = await discover()
    const transaction = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), returnTo }
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(transaction.verifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    })
    return { url, transaction }
  }

  async function completeSignIn(callbackUrl: URL, transaction: SignInTransaction): Promise<SignedInAccount> {
    const config = await discover()
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: transaction.verifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    })
    const idClaims = tokens.claims()
    // Many providers put the email in the ID token; the others answer it from userinfo.
    const claims =
      idClaims && typeof idClaims.email !== 'string' ? await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub) : idClaims
    return {
      email: typeof claims?.email === 'string' ? claims.email : null,
      emailVerified: claims?.email_verified === true,
      name: typeof claims?.name === 'string' ? claims.name : null,
      idToken: tokens.id_token ?? null,
    }
  }

  /** Where to end the session at the provider, or null when it has no end-session endpoint. */
  async function endSessionUrl(idToken: string | null, returnUrl: URL) {
    const config = await discover()
    if (!config.serverMetadata().end_session_endpoint) return null
    return oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: returnUrl.href,
      client_id: clientId,
      ...(idToken && { id_token_hint: idToken }),
    })
  }

  return { beginSignIn, completeSignIn, endSessionUrl, redirectUri }
}

export type OidcConnection = ReturnType<typeof createOidcConnection>
