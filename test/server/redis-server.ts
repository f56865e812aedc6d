import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'
import { freePort } from '../e2e/processes'

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'

/** Debian's redis-server on 127.0.0.1 and a free port, in memory only; stopped and started again at will. */
export async function startRedis() {
  const port = await freePort()
  let child = await launch(port)
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
    async restart() {
      child = await launch(port)
    },
  }
}

async function launch(port: number) {
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  probe.on('error', () => undefined)
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`)
      const ready = await probe.connect().then(
        () => probe.ping(),
        () => null,
      )
      if (ready === 'PONG') return child
      await sleep(50)
    }
    child.kill('SIGKILL')
    throw new Error(`redis-server did not start on port ${port}`)
  } finally {
    probe.disconnect()
  }
}
