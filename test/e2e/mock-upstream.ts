import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockApi } from '../../src/mock-api/handler'

/** The Aura API stand-in on 127.0.0.1: the demo data behind a bearer key, like the real upstream. */
export async function startMockUpstream(requiredKey: string): Promise<{ url: string; server: Server }> {
  const handle = createMockApi({ requiredKey })
  const server = createServer((req, res) => {
    const answer = handle({ method: req.method ?? 'GET', url: req.url ?? '/', authorization: req.headers.authorization })
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server }
}
