import type { IncomingMessage, ServerResponse } from 'node:http'
import { createMockApi } from '../mock-api/handler.ts'

/** Answers `/api/*` from the built-in demo data, over real HTTP. */
export function createDemoMiddleware() {
  const handle = createMockApi()
  return (req: IncomingMessage, res: ServerResponse) => {
    const answer = handle({ method: req.method ?? 'GET', url: req.url ?? '/' })
    res.writeHead(answer.status, { ...answer.headers, 'cache-control': 'no-store' })
    res.end(req.method === 'HEAD' ? undefined : answer.body)
  }
}
