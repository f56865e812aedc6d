import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockApi } from '../../../src/mock-api/handler'

/**
 * The Aura API stand-in for the server benchmark: each path's answer is built
 * once, then sent from memory, so that the upstream costs as little as it can
 * and the figures are the server's. Call ids it does not know answer as the
 * closed demo call; it sends no rate-limit headers.
 */
export async function startBenchUpstream(apiKey: string, fallbackCallPath: string) {
  const api = createMockApi({ requiredKey: apiKey })
  const answers = new Map<string, { status: number; body: Buffer }>()
  let requests = 0
  const answerFor = (url: string, authorization: string | undefined) => {
    const known = answers.get(url)
    if (known) return known
    const path = /^\/v1\/calls\/[\w-]+$/.test(url) && !url.endsWith('/missing') ? fallbackCallPath : url
    const { status, body } = api({ method: 'GET', url: path, authorization })
    const answer = { status, body: Buffer.from(body) }
    answers.set(url, answer)
    return answer
  }
  const server = createServer((req, res) => {
    requests += 1
    const { status, body } = answerFor(req.url ?? '/', req.headers.authorization)
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length })
    res.end(body)
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
