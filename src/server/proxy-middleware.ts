import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from './send.ts'

const UPSTREAM_TIMEOUT_MS = 20_000
const PASSED_HEADERS = [
  'content-type',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'x-request-id',
]

/** Forwards `/api/*` to the upstream with the server's key; the browser never sees the key. */
export function createProxyMiddleware(apiUrl: URL, apiKey: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { success: false, error: 'Only GET requests are forwarded', code: 'METHOD_NOT_ALLOWED' })
      return
    }
    const target = upstreamUrl(apiUrl, req.url ?? '/')
    let upstream: Response
    try {
      upstream = await fetch(target, {
        method: req.method,
        headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      })
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      sendJson(res, timedOut ? 504 : 502, {
        success: false,
        error: timedOut ? 'The Aura API did not answer in time' : 'Could not reach the Aura API',
        code: timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE',
      })
      return
    }
    res.statusCode = upstream.status
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name)
      if (value !== null) res.setHeader(name, value)
    }
    res.setHeader('cache-control', 'no-store')
    try {
      res.end(Buffer.from(await upstream.arrayBuffer()))
    } catch {
      res.destroy()
    }
  }
}

function upstreamUrl(base: URL, requestPath: string) {
  const { pathname, search } = new URL(requestPath, 'http://local.invalid')
  const url = new URL(base)
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`
  url.search = search
  return url
}
