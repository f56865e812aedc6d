// The server's settings: read once at startup from the environment (and `.env`
// files), checked, and turned into one typed object. A bad value stops the
// server with one readable line per problem; the key and passwords are never
// repeated back.
import { z } from 'zod'
import { authFields, toAuthConfig, type AuthConfig } from './auth-settings.ts'
import { isLoopbackHost } from './loopback.ts'

export const DEFAULT_API_URL = 'https://api.aura-app.ai'

/** `dev` serves the source through Vite, `preview` and `start` the built app. */
export type ServerRole = 'dev' | 'preview' | 'start'

// Dev logs only warnings by default: a developer reads its banner, not a line per module Vite serves.
const ROLE_DEFAULTS: Record<ServerRole, { host: string; port: number; logLevel: string }> = {
  dev: { host: 'localhost', port: 5173, logLevel: 'warn' },
  preview: { host: 'localhost', port: 4173, logLevel: 'info' },
  start: { host: '0.0.0.0', port: 8080, logLevel: 'info' },
}

const SECRET_VARIABLES = new Set(['AURA_API_KEY', 'REDIS_URL', 'OIDC_CLIENT_SECRET', 'SESSION_SECRET'])
const MEGABYTE = 1024 * 1024

const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error })
}

const megabytes = 'must be a number of megabytes above 0 and at most 1024'

const apiUrl = z.string().transform((text, ctx) => {
  const url = URL.parse(text)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    ctx.addIssue({ code: 'custom', message: 'must be an https:// URL' })
    return z.NEVER
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    ctx.addIssue({ code: 'custom', message: 'must use https:// (plain http:// is allowed only for a loopback address)' })
    return z.NEVER
  }
  if (url.username || url.password || url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'must be a base URL without credentials, query or fragment' })
    return z.NEVER
  }
  return url
})

const redisUrl = z.string().refine((text) => /^rediss?:$/.test(URL.parse(text)?.protocol ?? ''), {
  error: 'must be a redis:// or rediss:// URL',
})

const environmentSchema = z.object({
  HOST: z.string().optional(),
  PORT: wholeNumber(0, 65_535).optional(),
  AURA_API_KEY: z.string().optional(),
  AURA_API_URL: apiUrl.prefault(DEFAULT_API_URL),
  REDIS_URL: redisUrl.optional(),
  TRUST_PROXY: z.stringbool({ error: 'must be true or false' }).default(false),
  CACHE_TTL_SECONDS: wholeNumber(0, 86_400).default(30),
  UPSTREAM_MAX_BODY_MB: z.coerce.number({ error: megabytes }).positive({ error: megabytes }).max(1024, { error: megabytes }).default(20),
  UPSTREAM_RATE_LIMIT: wholeNumber(1, 1_000_000).default(100),
  UPSTREAM_CONNECT_TIMEOUT_MS: wholeNumber(1, 600_000).default(5_000),
  UPSTREAM_HEADERS_TIMEOUT_MS: wholeNumber(1, 600_000).default(10_000),
  UPSTREAM_BODY_TIMEOUT_MS: wholeNumber(1, 600_000).default(10_000),
  RATE_QUEUE_MAX_WAIT_MS: wholeNumber(0, 600_000).default(10_000),
  RATE_QUEUE_SIZE: wholeNumber(0, 100_000).default(500),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, silent' })
    .optional(),
  ...authFields,
})

export type ListenOverrides = { host?: string; port?: number; staticDir?: string }

export type ServerConfig = ReturnType<typeof toServerConfig>

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] }

/** Checks every setting at once, so one start reports every problem. */
export function parseServerConfig(role: ServerRole, env: Record<string, string | undefined>, overrides: ListenOverrides = {}): ConfigResult {
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape).flatMap((key) => {
      const value = env[key]?.trim()
      return value ? [[key, value]] : []
    }),
  )
  const parsed = environmentSchema.safeParse(present)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0])
        const shown = SECRET_VARIABLES.has(key) ? '' : ` (got "${present[key]}")`
        return `${key} ${issue.message}${shown}`
      }),
    }
  }
  const host = overrides.host ?? parsed.data.HOST ?? ROLE_DEFAULTS[role].host
  const auth = toAuthConfig(parsed.data, { live: Boolean(parsed.data.AURA_API_KEY), host })
  if (!auth.ok) return auth
  return { ok: true, config: toServerConfig(role, parsed.data, { ...overrides, host }, auth.auth) }
}

function toServerConfig(role: ServerRole, env: z.infer<typeof environmentSchema>, overrides: ListenOverrides & { host: string }, auth: AuthConfig) {
  const defaults = ROLE_DEFAULTS[role]
  return {
    role,
    host: overrides.host,
    port: overrides.port ?? env.PORT ?? defaults.port,
    /** The built app to serve; null in dev, where Vite serves the source. */
    staticDir: role === 'dev' ? null : (overrides.staticDir ?? null),
    upstream: env.AURA_API_KEY
      ? ({ mode: 'live', url: env.AURA_API_URL, key: env.AURA_API_KEY } as const)
      : ({ mode: 'demo' } as const),
    redisUrl: env.REDIS_URL ?? null,
    trustProxy: env.TRUST_PROXY,
    cacheTtlMs: env.CACHE_TTL_SECONDS * 1000,
    maxBodyBytes: Math.round(env.UPSTREAM_MAX_BODY_MB * MEGABYTE),
    ratePerMinute: env.UPSTREAM_RATE_LIMIT,
    timeouts: {
      connectMs: env.UPSTREAM_CONNECT_TIMEOUT_MS,
      headersMs: env.UPSTREAM_HEADERS_TIMEOUT_MS,
      bodyMs: env.UPSTREAM_BODY_TIMEOUT_MS,
    },
    queue: { maxWaitMs: env.RATE_QUEUE_MAX_WAIT_MS, size: env.RATE_QUEUE_SIZE },
    logLevel: env.LOG_LEVEL ?? defaults.logLevel,
    auth,
  }
}
