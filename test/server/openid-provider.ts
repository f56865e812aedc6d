import { generateKeyPairSync } from 'node:crypto'
import type { Server } from 'node:http'
import Provider from 'oidc-provider'
import { freePort } from '../e2e/processes'

/** The provider's test accounts: anyone may type these logins on its sign-in form. */
export const TEST_ACCOUNTS = {
  alice: { email: 'alice@team.example', email_verified: true, name: 'Alice Adeyemi' },
  mallory: { email: 'mallory@elsewhere.example', email_verified: true, name: 'Mallory Stone' },
  eve: { email: 'eve@team.example', email_verified: false, name: 'Eve Unverified' },
} as const

export const TEST_CLIENT = { id: 'aura-call-review', secret: 'test-client-secret-0123456789abcdef' }

/** The dashboard's settings to sign people in at the test provider: team.example may read the calls. */
export function signInSettings({ issuer, publicUrl, sessionSecret }: { issuer: string; publicUrl: string; sessionSecret: string }) {
  return {
    AUTH_MODE: 'oidc',
    OIDC_ISSUER_URL: issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    PUBLIC_URL: publicUrl,
    SESSION_SECRET: sessionSecret,
    ALLOWED_EMAIL_DOMAINS: 'team.example',
  }
}

type ProviderOptions = {
  /** The dashboard's PUBLIC_URL: its callback and signed-out pages are registered with the provider. */
  publicUrl: string
  /** How long the ID token the provider signs stays valid. */
  idTokenSeconds?: number
}

/**
 * oidc-provider, a certified OpenID Provider, on 127.0.0.1 with the test
 * accounts, PKCE required, and RP-initiated logout. Its development sign-in
 * form takes any login; its clock can be set apart from ours.
 */
export async function startOpenIdProvider({ publicUrl, idTokenSeconds = 3600 }: ProviderOptions) {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${publicUrl}/auth/signed-out`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(TEST_ACCOUNTS[id as keyof typeof TEST_ACCOUNTS] ?? {}) }),
    }),
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    ttl: { IdToken: idTokenSeconds },
  })
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening))
  })
  return {
    issuer,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
