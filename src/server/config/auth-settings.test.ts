import { describe, expect, it } from 'vitest'
import { parseServerConfig } from './server-config'

const OIDC = {
  AUTH_MODE: 'oidc',
  OIDC_ISSUER_URL: 'https://login.example.com',
  OIDC_CLIENT_ID: 'dashboard',
  OIDC_CLIENT_SECRET: 'client-secret',
  PUBLIC_URL: 'https://calls.team.example',
  SESSION_SECRET: 'x'.repeat(32),
  ALLOWED_EMAIL_DOMAINS: 'Team.Example, agency.example',
}

describe('sign-in settings', () => {
  it('reads OpenID Connect sign-in, with a 12 h session by default', () => {
    expect(parseServerConfig('start', { ...OIDC, AURA_API_KEY: 'k' })).toMatchObject({
      ok: true,
      config: {
        auth: {
          mode: 'oidc',
          issuer: new URL('https://login.example.com'),
          publicUrl: new URL('https://calls.team.example'),
          sessionMaxAgeMs: 12 * 3_600_000,
          allow: { domains: ['team.example', 'agency.example'], emails: [] },
        },
      },
    })
  })

  it('reads header sign-in', () => {
    const env = { AUTH_MODE: 'header', AUTH_HEADER: 'X-Forwarded-Email', TRUSTED_PROXIES: '10.0.0.0/8, ::1', ALLOWED_EMAILS: 'a@b.example' }
    expect(parseServerConfig('start', env)).toMatchObject({
      config: { auth: { mode: 'header', header: 'x-forwarded-email', trustedProxies: ['10.0.0.0/8', '::1'], signOutUrl: null } },
    })
  })

  it.each([
    ['a live key on 0.0.0.0 without AUTH_MODE', { AURA_API_KEY: 'k' }, /reachable from other machines/],
    ['a SESSION_SECRET under 32 bytes', { ...OIDC, SESSION_SECRET: 'é'.repeat(15) }, /SESSION_SECRET must be at least 32 bytes/],
    ['no allow-list', { ...OIDC, ALLOWED_EMAIL_DOMAINS: ' , ' }, /ALLOWED_EMAIL_DOMAINS or ALLOWED_EMAILS must name who may sign in/],
    ['a PUBLIC_URL with a path', { ...OIDC, PUBLIC_URL: 'https://example.com/calls' }, /PUBLIC_URL must be an origin/],
    ['a session of a few seconds', { ...OIDC, SESSION_MAX_AGE: '10s' }, /SESSION_MAX_AGE must be a duration/],
    ['an unknown mode', { AUTH_MODE: 'basic' }, /AUTH_MODE must be oidc, header or none/],
  ])('refuses %s', (_name, env, problem) => {
    const result = parseServerConfig('start', env)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join('\n')).toMatch(problem)
  })

  it('never repeats a secret in a problem', () => {
    const result = parseServerConfig('start', { ...OIDC, SESSION_SECRET: 'too-short-secret', OIDC_CLIENT_SECRET: '' })
    expect(JSON.stringify(result)).not.toContain('too-short-secret')
  })

  it.each([
    ['on loopback', { HOST: '127.0.0.1', AURA_API_KEY: 'k' }, false],
    ['with demo data', { HOST: '0.0.0.0' }, false],
    ['when told to, on a reachable address', { HOST: '0.0.0.0', AURA_API_KEY: 'k', AUTH_MODE: 'none' }, true],
  ])('serves without sign-in %s', (_name, env, exposed) => {
    expect(parseServerConfig('start', env)).toMatchObject({ ok: true, config: { auth: { mode: 'none', exposed } } })
  })
})
