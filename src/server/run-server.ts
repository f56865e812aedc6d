import { resolve } from 'node:path'
import type { Logger } from 'pino'
import type { ApiBackend } from './api/api-backend.ts'
import { createDemoBackend } from './api/demo-backend.ts'
import { createLiveBackend } from './api/live-backend.ts'
import { createApp, type Frontend } from './app/create-app.ts'
import { createLogger } from './app/create-logger.ts'
import { parseCliFlags } from './config/cli-flags.ts'
import { readEnvironment } from './config/env-files.ts'
import { parseServerConfig, type ServerConfig, type ServerRole } from './config/server-config.ts'
import { drainOnSignals } from './drain-on-signals.ts'

type FrontendFactory = (config: ServerConfig) => Frontend

/** Reads and checks the settings, starts the server, and drains it on SIGTERM. Never prints a stack for a bad setting. */
export async function runServer(role: ServerRole, args: string[], makeFrontend: FrontendFactory) {
  const flags = parseCliFlags(args)
  if (!flags.ok) return refuseToStart(flags.problems)
  let env
  try {
    env = readEnvironment(process.cwd(), role === 'dev' ? 'development' : 'production')
  } catch (error) {
    return refuseToStart([(error as Error).message])
  }
  const staticDir = role === 'dev' ? undefined : resolve(flags.overrides.staticDir ?? 'dist')
  const parsed = parseServerConfig(role, env, { ...flags.overrides, staticDir })
  if (!parsed.ok) return refuseToStart(parsed.problems)
  const { config } = parsed

  const logger = createLogger(config.logLevel, secretsOf(config))
  const backend = createBackend(config, logger)
  let app
  try {
    app = await createApp(config, { backend, logger, frontend: makeFrontend(config) })
    await app.listen({ host: config.host, port: config.port })
  } catch (error) {
    await backend.close()
    return refuseToStart([describeStartError(error, config)])
  }
  const url = listeningUrl(app.server.address(), config)
  if (role === 'dev') process.stdout.write(`\n  Aura call review: ${url}/\n  ${describeMode(config)}\n\n`)
  else logger.info({ mode: backend.mode, url }, describeMode(config))
  if (config.auth.mode === 'none' && config.auth.exposed) {
    logger.warn({ host: config.host }, 'AUTH_MODE=none: anyone who can reach this address can read your calls')
  }
  drainOnSignals(app, logger)
  // A throw outside any request leaves the process in an unknown state: say so in the log's format, and exit for a restart.
  process.once('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: exiting')
    logger.flush()
    process.exit(1)
  })
  return app
}

function createBackend(config: ServerConfig, logger: Logger): ApiBackend {
  return config.upstream.mode === 'live' ? createLiveBackend(config, config.upstream, logger) : createDemoBackend()
}

function describeMode(config: ServerConfig) {
  return config.upstream.mode === 'live'
    ? `Aura API: live, /api is forwarded to ${config.upstream.url.origin} with the server's key`
    : 'Aura API: demo data (AURA_API_KEY is not set)'
}

function describeStartError(error: unknown, config: ServerConfig) {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use`
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `HOST ${config.host} is not an address of this machine`
  if (code === 'EACCES') return `not allowed to listen on port ${config.port}`
  return (error as Error).message
}

function listeningUrl(address: ReturnType<import('node:net').Server['address']>, config: ServerConfig) {
  const port = typeof address === 'object' && address ? address.port : config.port
  const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

/** What the logger must never print. */
function secretsOf(config: ServerConfig) {
  const { upstream, redisUrl, auth } = config
  return [
    upstream.mode === 'live' ? upstream.key : '',
    redisUrl ? decodeURIComponent(URL.parse(redisUrl)?.password ?? '') : '',
    ...(auth.mode === 'oidc' ? [auth.clientSecret, auth.sessionSecret] : []),
  ]
}

function refuseToStart(problems: string[]): never {
  for (const problem of problems) process.stderr.write(`Cannot start: ${problem}\n`)
  process.exit(1)
}
