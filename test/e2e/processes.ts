import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type AppServer = 'start' | 'preview'

/** Runs `npm run preview` as a user would and waits until it serves the app built into `outDir`. */
export function startPreview(port: number, env: Record<string, string | undefined>, outDir = 'dist') {
  return startAppServer('preview', port, env, outDir)
}

/**
 * Runs `npm start` (configured through HOST and PORT, as in production) or
 * `npm run preview` (through the flags tools pass it) on 127.0.0.1, and waits
 * until it serves the app built into `outDir`.
 */
export async function startAppServer(server: AppServer, port: number, env: Record<string, string | undefined>, outDir = 'dist') {
  const args =
    server === 'start'
      ? ['start', '--', '--outDir', outDir]
      : ['run', 'preview', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir]
  const serverEnv = server === 'start' ? { ...env, HOST: '127.0.0.1', PORT: String(port) } : env
  const child = spawn('npm', args, {
    env: withoutModeVars(serverEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const output: string[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  await waitForServer(url, child, output)
  return { url, child, output }
}

export function runCommand(command: string, args: string[], env: Record<string, string | undefined>) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env: withoutModeVars(env), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))))
  })
}

/** Stops a started process and its children (npm runs vite in a child of its own). */
export function stop(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

async function waitForServer(url: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output.join('')}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop(child)
  throw new Error(`the server did not start at ${url}:\n${output.join('')}`)
}

const SERVER_SETTINGS = /^(AURA_|REDIS_URL$|HOST$|PORT$|TRUST_PROXY$|CACHE_|UPSTREAM_|RATE_QUEUE_|LOG_LEVEL$)/

/**
 * The caller's environment decides the mode, never the developer's shell or the test runner:
 * Vitest sets NODE_ENV=test, and a build under it ships React's development bundle.
 */
function withoutModeVars(env: Record<string, string | undefined>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SERVER_SETTINGS.test(key) && key !== 'NODE_ENV'))
  return { ...base, ...env }
}
