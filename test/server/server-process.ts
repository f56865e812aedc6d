import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from '../e2e/processes'
import { createFixtureDist } from './fixture-dist'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TSX_LOADER = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href
const ENTRIES = { start: 'src/server/start.ts', preview: 'src/server/preview.ts', dev: 'src/server/dev.ts' } as const

export type ServerRole = keyof typeof ENTRIES

type StartOptions = {
  role?: ServerRole
  env?: Record<string, string>
  args?: string[]
  /** Where the server looks for `.env` files and `dist/`; the project by default. */
  cwd?: string
  /** A port chosen beforehand, as a sign-in provider must know the address it sends people back to. */
  port?: number
}

/**
 * The real server in a process of its own, from the source (no build needed),
 * on 127.0.0.1 and a free port, with only the settings the test gives it.
 */
export async function startServer({ role = 'start', env = {}, args = [], cwd = ROOT, port: chosenPort }: StartOptions = {}) {
  const port = chosenPort ?? (await freePort())
  const child = spawnServer(role, { HOST: '127.0.0.1', PORT: String(port), ...env }, await withBuiltApp(role, args), cwd)
  const logs = collectOutput(child)
  const url = `http://127.0.0.1:${port}`
  await waitUntilHealthy(url, child, logs)
  const logLines = () => logs.flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : []))
  return {
    url,
    child,
    /** Everything the server printed, one entry per line. */
    logs,
    /** JSON log lines, parsed. */
    logLines,
    /** The first JSON log line that `matches`, waiting a little for it to be written. */
    async waitForLogLine(matches: (line: Record<string, unknown>) => boolean) {
      for (let attempt = 0; attempt < 50 && !logLines().some(matches); attempt += 1) await sleep(20)
      return logLines().find(matches)
    },
    /** The most memory the process has held so far (VmHWM), in MB. */
    peakMemoryMb: () => peakMemoryMb(child.pid!),
    stop: () => stopServer(child),
  }
}

export type RunningServer = Awaited<ReturnType<typeof startServer>>

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function runServerToExit({ role = 'start', env = {}, args = [], cwd = ROOT }: StartOptions = {}) {
  const child = spawnServer(role, { HOST: '127.0.0.1', PORT: String(await freePort()), ...env }, await withBuiltApp(role, args), cwd)
  const logs = collectOutput(child)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { code, output: logs.join('\n') }
}

let fixtureDist: Promise<string> | null = null

/** The built app to serve when a test names none: a small fixture, so no `npm run build` is needed. */
async function withBuiltApp(role: ServerRole, args: string[]) {
  if (role === 'dev' || args.includes('--outDir')) return args
  fixtureDist ??= createFixtureDist().then((dir) => {
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    return dir
  })
  return [...args, '--outDir', await fixtureDist]
}

function spawnServer(role: ServerRole, env: Record<string, string>, args: string[], cwd: string) {
  // Nothing from the developer's shell or .env files: the test's settings only.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => ['PATH', 'HOME', 'TMPDIR'].includes(key)))
  return spawn(process.execPath, ['--import', TSX_LOADER, `${ROOT}${ENTRIES[role]}`, ...args], {
    // The server draws a call's first view with the page's components: tsx compiles them with the page's settings.
    env: { ...base, TSX_TSCONFIG_PATH: `${ROOT}tsconfig.app.json`, ...env },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function collectOutput(child: ChildProcess) {
  const lines: string[] = []
  let partial = ''
  const take = (chunk: Buffer) => {
    const text = partial + chunk.toString()
    const parts = text.split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts.filter((line) => line.length > 0))
  }
  child.stdout?.on('data', take)
  child.stderr?.on('data', take)
  child.once('exit', () => partial && lines.push(partial))
  return lines
}

async function waitUntilHealthy(url: string, child: ChildProcess, logs: string[]) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${logs.join('\n')}`)
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok, () => false)
    if (healthy) return
    await sleep(100)
  }
  await stopServer(child)
  throw new Error(`the server did not start at ${url}:\n${logs.join('\n')}`)
}

export async function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  child.kill(signal)
  return exited
}

async function peakMemoryMb(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1])
  return kilobytes / 1024
}
