import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium'

/** Debian's Chromium with a DevTools port, which Lighthouse drives. */
export async function launchDebuggableChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'aura-lighthouse-profile-'))
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//)
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)))
  })
  return {
    port,
    close: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      await rm(profile, { recursive: true, force: true })
    },
  }
}
