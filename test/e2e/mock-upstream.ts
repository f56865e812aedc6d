import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockApi, type MockRequest, type MockResponse } from '../../src/mock-api/handler'

/** Changes an answer before it is sent: delays it, breaks it or replaces it. */
export type AnswerHook = (request: MockRequest, answer: MockResponse) => MockResponse | Promise<MockResponse>

/** The Aura API stand-in on 127.0.0.1: the demo data behind a bearer key, like the real upstream. */
export async function startMockUpstream(requiredKey: string, hook?: AnswerHook): Promise<{ url: string; server: Server }> {
  const handle = createMockApi({ requiredKey })
  const server = createServer((req, res) => {
    const request = { method: req.method ?? 'GET', url: req.url ?? '/', authorization: req.headers.authorization }
    const answer = handle(request)
    void Promise.resolve(hook ? hook(request, answer) : answer).then((sent) => {
      res.writeHead(sent.status, sent.headers)
      res.end(sent.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server }
}
