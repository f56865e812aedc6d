// Who may read the calls: sign-in through an OpenID provider, through an
// identity-aware proxy's header, or none. Read with the other settings; the
// rules that tie them together (a live key reachable from other machines needs
// sign-in) are checked here.
import { isIP } from 'node:net'
import { z } from 'zod'
import { isLoopbackHost } from './loopback.ts'
import { parseDuration } from './parse-duration.ts'

const SESSION_SECRET_MIN_BYTES = 32
const DEFAULT_SESSION_MAX_AGE = '12h'

const list = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean),
)

const httpUrl = (what: string) =>
  z.string().transform((text, ctx) => {
    const url = URL.parse(text)
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: `must be the ${what} as an http(s) URL` })
      return z.NEVER
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'must use https:// (plain http:// is allowed only for a loopback address)' })
      return z.NEVER
    }
    return url
  })

export const authFields = {
  AUTH_MODE: z.enum(['oidc', 'header', 'none'], { error: 'must be oidc, header or none' }).optional(),
  OIDC_ISSUER_URL: httpUrl('provider’s issuer').optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  PUBLIC_URL: httpUrl('dashboard’s external address')
    .refine((url) => url.pathname === '/' && !url.search && !url.hash, { error: 'must be an origin such as https://calls.example.com, without a path' })
    .optional(),
  SESSION_SECRET: z
    .string()
    .refine((secret) => Buffer.byteLength(secret) >= SESSION_SECRET_MIN_BYTES, { error: `must be at least ${SESSION_SECRET_MIN_BYTES} bytes (try: openssl rand -base64 48)` })
    .optional(),
  SESSION_MAX_AGE: z
    .string()
    .transform((text, ctx) => {
      const ms = parseDuration(text)
      if (ms === null || ms < 5 * 60_000 || ms > 30 * 86_400_000) {
        ctx.addIssue({ code: 'custom', message: 'must be a duration from 5m to 30d, such as 12h or 90m' })
        return z.NEVER
      }
      return ms
    })
    .optional(),
  ALLOWED_EMAIL_DOMAINS: list.optional(),
  ALLOWED_EMAILS: list.optional(),
  AUTH_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, { error: 'must be a header name such as X-Forwarded-Email' })
    .transform((name) => name.toLowerCase())
    .optional(),
  TRUSTED_PROXIES: list
    .refine((items) => items.every((item) => parseCidr(item) !== null), { error: 'must be addresses or CIDR ranges, such as 10.0.0.0/8, ::1' })
    .optional(),
  AUTH_SIGN_OUT_URL: httpUrl('proxy’s sign-out address').optional(),
}

type AuthEnv = z.infer<z.ZodObject<typeof authFields>>

export type AllowList = { domains: string[]; emails: string[] }

export type AuthConfig =
  | { mode: 'none'; exposed: boolean }
  | {
      mode: 'oidc'
      issuer: URL
      clientId: string
      clientSecret: string
      publicUrl: URL
      sessionSecret: string
      sessionMaxAgeMs: number
      allow: AllowList
    }
  | { mode: 'header'; header: string; trustedProxies: string[]; allow: AllowList; signOutUrl: URL | null }

type Context = { live: boolean; host: string }

/** The sign-in settings, or the problems that keep the server from starting. */
export function toAuthConfig(env: AuthEnv, { live, host }: Context): { ok: true; auth: AuthConfig } | { ok: false; problems: string[] } {
  const allow = { domains: env.ALLOWED_EMAIL_DOMAINS ?? [], emails: env.ALLOWED_EMAILS ?? [] }
  const missing = (names: (keyof AuthEnv)[]) => names.filter((name) => env[name] === undefined)
  const noAllowList = allow.domains.length === 0 && allow.emails.length === 0
  const allowProblem = noAllowList ? ['ALLOWED_EMAIL_DOMAINS or ALLOWED_EMAILS must name who may sign in'] : []

  if (env.AUTH_MODE === 'oidc') {
    const absent = missing(['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL', 'SESSION_SECRET'])
    const problems = [...absent.map((name) => `${name} is required with AUTH_MODE=oidc`), ...allowProblem]
    if (problems.length > 0) return { ok: false, problems }
    return {
      ok: true,
      auth: {
        mode: 'oidc',
        issuer: env.OIDC_ISSUER_URL!,
        clientId: env.OIDC_CLIENT_ID!,
        clientSecret: env.OIDC_CLIENT_SECRET!,
        publicUrl: env.PUBLIC_URL!,
        sessionSecret: env.SESSION_SECRET!,
        sessionMaxAgeMs: env.SESSION_MAX_AGE ?? parseDuration(DEFAULT_SESSION_MAX_AGE)!,
        allow,
      },
    }
  }
  if (env.AUTH_MODE === 'header') {
    const problems = [...missing(['AUTH_HEADER', 'TRUSTED_PROXIES']).map((name) => `${name} is required with AUTH_MODE=header`), ...allowProblem]
    if (problems.length > 0) return { ok: false, problems }
    return { ok: true, auth: { mode: 'header', header: env.AUTH_HEADER!, trustedProxies: env.TRUSTED_PROXIES!, allow, signOutUrl: env.AUTH_SIGN_OUT_URL ?? null } }
  }
  const reachable = live && !isLoopbackHost(host)
  if (env.AUTH_MODE === undefined && reachable) {
    return {
      ok: false,
      problems: [
        `AURA_API_KEY is set and HOST ${host} is reachable from other machines, so anyone there could read your calls: ` +
          'set AUTH_MODE=oidc or AUTH_MODE=header for sign-in, or AUTH_MODE=none to serve without it',
      ],
    }
  }
  return { ok: true, auth: { mode: 'none', exposed: reachable } }
}

/** An address or CIDR range as BlockList takes it; null when it is neither. */
export function parseCidr(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText] = text.split('/')
  const version = isIP(address)
  if (version === 0) return null
  const max = version === 4 ? 32 : 128
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) return null
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}
