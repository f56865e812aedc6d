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
    expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toEqual({ mode: 'live' })
    await server.stop()
  })

  it('reads .env and .env.local like the dev server, the environment winning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aura-env-'))
    await writeFile(join(dir, '.env'), `AURA_API_KEY=${KEY}\nAURA_API_URL=https://api.example.com\n`)
    await writeFile(join(dir, '.env.local'), 'AURA_API_URL=http://127.0.0.1:9\nLOG_LEVEL=warn\n')
    try {
      const server = await startServer({ cwd: dir, args: ['--outDir', dist], env: { LOG_LEVEL: 'info' } })
      expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toEqual({ mode: 'live' })
      expect(server.logLines().find((line) => line.mode === 'live')?.msg).toContain('http://127.0.0.1:9')
      await server.stop()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('serves the demo API without a key', async () => {
    const server = await startServer({ args: ['--outDir', dist] })
    expect(await (await fetch(`${server.url}/__aura/mode`)).json()).toEqual({ mode: 'demo' })
    expect((await fetch(`${server.url}/api/v1/calls?limit=1`)).status).toBe(200)
    await server.stop()
  })
})
