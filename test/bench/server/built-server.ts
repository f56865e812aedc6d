import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from '../../e2e/processes'

/** `node dist-server/start.js` on 127.0.0.1, as `npm start` runs it, without npm in between so its pid is the server's. */
export async function startBuiltServer(staticDir: string, env: Record<string, string>) {
  const port = await freePort()
  const child = spawn(process.execPath, ['dist-server/start.js', '--outDir', staticDir], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break
    await sleep(100)
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
