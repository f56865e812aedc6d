import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createMockApi } from '../../src/mock-api/handler'

export type SeenRequest = { method: string; url: string; headers: IncomingMessage['headers'] }

/** Answers one request itself; return false to let the mock Aura API answer it. */
export type Behaviour = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>

/**
 * The Aura API on 127.0.0.1 for the server's tests: the demo data behind a
 * bearer key, every request recorded, and any path's answer replaceable.
 */
export async function startFakeUpstream(requiredKey: string, rateLimit?: { limit: number }) {
  const api = createMockApi({ requiredKey })
  const seen: SeenRequest[] = []
  const behaviours: Behaviour[] = []
  const sockets = new Set<Socket>()
  let open = 0

  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    open += 1
    res.once('close', () => (open -= 1))
    void answer(req, res)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  async function answer(req: IncomingMessage, res: ServerResponse) {
    for (const behaviour of behaviours) if (await behaviour(req, res)) return
    const answer = api({ method: req.method ?? 'GET', url: req.url ?? '/', authorization: req.headers.authorization })
    const headers = rateLimit ? { ...answer.headers, 'x-ratelimit-limit': String(rateLimit.limit) } : answer.headers
    res.writeHead(answer.status, headers)
    res.end(answer.body)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    seen,
    /** Requests whose response has not ended yet. */
    openRequests: () => open,
    /** Adds a behaviour tried before the mock API, for every later request. */
    use(behaviour: Behaviour) {
      behaviours.push(behaviour)
    },
    reset() {
      behaviours.length = 0
      seen.length = 0
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

export type FakeUpstream = Awaited<ReturnType<typeof startFakeUpstream>>

/** A behaviour for one exact path (query ignored). */
export function onPath(path: string, respond: (req: IncomingMessage, res: ServerResponse) => unknown): Behaviour {
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://upstream.invalid').pathname !== path) return false
    await respond(req, res)
    return true
  }
}
