import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../e2e/processes'
import { createFixtureDist } from './fixture-dist'
import { runServerToExit, startServer } from './server-process'

const KEY = 'aura_pk_live_config_0123456789SECRET'
let dist: string

beforeAll(async () => {
  dist = await createFixtureDist()
})

afterAll(async () => {
  await rm(dist, { recursive: true, force: true })
})

function expectRefusal({ code, output }: { code: number | null; output: string }, ...problems: RegExp[]) {
  expect(code).toBe(1)
  const lines = output.split('\n').filter(Boolean)
  expect(lines.every((line) => line.startsWith('Cannot start: ')), output).toBe(true)
  for (const problem of problems) expect(lines.some((line) => problem.test(line)), `${problem} in\n${output}`).toBe(true)
  expect(output).not.toMatch(/\n\s+at |Error:|node_modules/)
  expect(output).not.toContain(KEY)
}

describe('settings checked at startup: one line per problem, exit code 1, never a stack trace', () => {
  it('reports every bad setting at once', async () => {
    const result = await runServerToExit({
      args: ['--outDir', dist],
      env: {
        PORT: 'eighty',
        AURA_API_KEY: KEY,
        AURA_API_URL: 'http://api.example.com',
        REDIS_URL: 'http://user:hunter2@cache:6379',
        TRUST_PROXY: 'maybe',
        CACHE_TTL_SECONDS: '-5',
        UPSTREAM_MAX_BODY_MB: 'lots',
      },
    })
    expectRefusal(
      result,
      /^Cannot start: PORT must be a whole number from 0 to 65535 \(got "eighty"\)$/,
      /AURA_API_URL must use https:\/\//,
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/,
      /TRUST_PROXY must be true or false/,
      /CACHE_TTL_SECONDS must be a whole number/,
      /UPSTREAM_MAX_BODY_MB must be a number of megabytes/,
    )
    expect(result.output).not.toContain('hunter2')
    expect(result.output.split('\n').filter(Boolean)).toHaveLength(6)
  })

  it.each([
    ['an unknown flag', ['--open'], /Unknown option '--open'/],
    ['a bad --port', ['--port', '99999'], /--port must be a whole number/],
  ])('refuses %s', async (_name, args, problem) => {
    expectRefusal(await runServerToExit({ args: [...args, '--outDir', dist] }), problem)
  })

  it('refuses to serve a build that is not there', async () => {
    expectRefusal(await runServerToExit({ args: ['--outDir', join(dist, 'missing')] }), /index\.html is missing: run `npm run build` first/)
  })

  it('says so when the port is taken', async () => {
    const port = await freePort()
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve))
    try {
      const result = await runServerToExit({ args: ['--outDir', dist, '--port', String(port), '--strictPort'] })
      expectRefusal(result, new RegExp(`port ${port} on 127.0.0.1 is already in use`))
    } finally {
      taken.close()
    }
  })

  it('allows plain http for a loopback upstream only', async () => {
    const server = await startServer({ args: ['--outDir', dist], env: { AURA_API_KEY: KEY, AURA_API_URL: 'http://127.0.0.1:9' } })
    expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toMatchObject({ mode: 'live' })
    await server.stop()
  })

  it('reads .env and .env.local like the dev server, the environment winning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aura-env-'))
    await writeFile(join(dir, '.env'), `AURA_API_KEY=${KEY}\nAURA_API_URL=https://api.example.com\n`)
    await writeFile(join(dir, '.env.local'), 'AURA_API_URL=http://127.0.0.1:9\nLOG_LEVEL=warn\n')
    try {
      const server = await startServer({ cwd: dir, args: ['--outDir', dist], env: { LOG_LEVEL: 'info' } })
      expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toMatchObject({ mode: 'live' })
      expect(server.logLines().find((line) => line.mode === 'live')?.msg).toContain('http://127.0.0.1:9')
      await server.stop()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it.each([
    [
      'a live key on an address other machines reach, without AUTH_MODE',
      { HOST: '0.0.0.0', AURA_API_KEY: KEY },
      /AURA_API_KEY is set and HOST 0\.0\.0\.0 is reachable from other machines.*set AUTH_MODE=oidc or AUTH_MODE=header/,
    ],
    [
      'AUTH_MODE=oidc without its settings',
      { AUTH_MODE: 'oidc' },
      /OIDC_ISSUER_URL is required with AUTH_MODE=oidc/,
    ],
    [
      'a SESSION_SECRET under 32 bytes',
      { AUTH_MODE: 'oidc', SESSION_SECRET: 'short-secret' },
      /SESSION_SECRET must be at least 32 bytes/,
    ],
    [
      'sign-in without an allow-list',
      { AUTH_MODE: 'header', AUTH_HEADER: 'X-Forwarded-Email', TRUSTED_PROXIES: '10.0.0.0/8' },
      /ALLOWED_EMAIL_DOMAINS or ALLOWED_EMAILS must name who may sign in/,
    ],
    [
      'header mode without trusted proxies',
      { AUTH_MODE: 'header', AUTH_HEADER: 'X-Forwarded-Email', ALLOWED_EMAIL_DOMAINS: 'team.example' },
      /TRUSTED_PROXIES is required with AUTH_MODE=header/,
    ],
    [
      'a trusted proxy that is no address',
      { AUTH_MODE: 'header', AUTH_HEADER: 'X-Forwarded-Email', TRUSTED_PROXIES: '10.0.0.0/33, proxy.local', ALLOWED_EMAILS: 'a@b.example' },
      /TRUSTED_PROXIES must be addresses or CIDR ranges/,
    ],
    [
      'a provider on plain http elsewhere than this machine',
      { AUTH_MODE: 'oidc', OIDC_ISSUER_URL: 'http://login.example.com' },
      /OIDC_ISSUER_URL must use https:\/\//,
    ],
  ])('refuses %s', async (_name, env, problem) => {
    expectRefusal(await runServerToExit({ args: ['--outDir', dist], env }), problem)
  })

  it('starts with AUTH_MODE=none on a reachable address, warning in the log and telling the page', async () => {
    const server = await startServer({ args: ['--outDir', dist], env: { HOST: '0.0.0.0', AURA_API_KEY: KEY, AURA_API_URL: 'http://127.0.0.1:9', AUTH_MODE: 'none' } })
    try {
      expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toMatchObject({ signIn: 'none', exposed: true })
      const warning = await server.waitForLogLine((line) => line.level === 'warn')
      expect(warning?.msg).toMatch(/anyone who can reach this address can read your calls/)
    } finally {
      await server.stop()
    }
  })

  it('needs no sign-in on loopback or with demo data, and says nothing of it', async () => {
    const loopback = await startServer({ args: ['--outDir', dist], env: { AURA_API_KEY: KEY, AURA_API_URL: 'http://127.0.0.1:9' } })
    const demo = await startServer({ args: ['--outDir', dist], env: { HOST: '0.0.0.0' } })
    try {
      for (const server of [loopback, demo]) {
        expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toMatchObject({ signIn: 'none', exposed: false })
        expect(server.logLines().some((line) => line.level === 'warn')).toBe(false)
      }
    } finally {
      await Promise.all([loopback.stop(), demo.stop()])
    }
  })

  it('serves the demo API without a key', async () => {
    const server = await startServer({ args: ['--outDir', dist] })
    expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toMatchObject({ mode: 'demo' })
    expect((await fetch(`${server.url}/api/v1/calls?limit=1`)).status).toBe(200)
    await server.stop()
  })
})
