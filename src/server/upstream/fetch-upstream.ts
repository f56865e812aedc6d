// One GET to the upstream with the server's key: no redirects followed, three
// timeouts (connect, headers, body), a cap on the body, an abort as soon as
// nobody waits for the answer, and only checked, scrubbed JSON handed back.
import { Agent, request } from 'undici'
import { answered, failed, type UpstreamOutcome } from './upstream-outcome.ts'
import { readCappedBody } from './read-capped-body.ts'
import { scrubJson, scrubText } from './scrub-secret.ts'

const PASSED_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after']

export type UpstreamLimits = { connectMs: number; headersMs: number; bodyMs: number; maxBodyBytes: number }

export type UpstreamClient = ReturnType<typeof createUpstreamClient>

export function createUpstreamClient(baseUrl: URL, apiKey: string, limits: UpstreamLimits) {
  const dispatcher = new Agent({
    connect: { timeout: limits.connectMs },
    headersTimeout: limits.headersMs,
    bodyTimeout: limits.bodyMs,
    keepAliveTimeout: 10_000,
  })
  const base = baseUrl.href.replace(/\/+$/, '')

  /** `target` is a checked route such as `/v1/calls/abc`. Rejects only when `signal` aborts. */
  async function get(target: string, signal: AbortSignal): Promise<UpstreamOutcome> {
    let response
    try {
      response = await request(`${base}${target}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' },
        dispatcher,
        signal,
      })
    } catch (error) {
      signal.throwIfAborted()
      return describeRequestError(error)
    }
    const { statusCode: status, headers, body } = response
    // Destroying a body we don't read makes undici emit an 'error'; unheard, it would end the process.
    body.on('error', () => undefined)
    const contentType = String(headers['content-type'] ?? '')
    if (status >= 300 && status < 400) {
      body.destroy()
      return failed(502, 'UPSTREAM_REDIRECT', `The Aura API answered with a redirect (HTTP ${status}), which this server does not follow.`)
    }
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
      body.destroy()
      const what = /html/i.test(contentType) ? 'a web page' : 'something other than JSON'
      return failed(502, 'UPSTREAM_NOT_JSON', `The Aura API sent ${what} instead of data (HTTP ${status}).`)
    }

    const declaredLength = Number(headers['content-length'] ?? Number.NaN)
    const read = await readCappedBody(body, {
      maxBytes: limits.maxBodyBytes,
      deadlineMs: limits.bodyMs,
      signal,
      declaredLength: Number.isFinite(declaredLength) ? declaredLength : undefined,
    })
    if (read.kind !== 'complete') return bodyFailure(read.kind)
    const text = read.bytes.toString('utf8')
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return failed(502, 'UPSTREAM_INVALID_JSON', `The Aura API sent a response that is not valid JSON or was cut off (HTTP ${status}).`)
    }
    const scrubbed = scrubJson(text, parsed, apiKey)
    return answered({ status, headers: passedHeaders(headers), body: scrubbed === null ? read.bytes : Buffer.from(scrubbed) })
  }

  function passedHeaders(headers: Record<string, string | string[] | undefined>) {
    const passed: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
    for (const name of PASSED_HEADERS) {
      const value = headers[name]
      if (typeof value === 'string') passed[name] = scrubText(value, apiKey)
    }
    return passed
  }

  /** Whether the upstream's unauthenticated `/health` answers; the key is not sent. */
  async function probe() {
    try {
      const { statusCode, body } = await request(`${base}/health`, { dispatcher, signal: AbortSignal.timeout(limits.headersMs) })
      await body.dump()
      return statusCode < 500
    } catch {
      return false
    }
  }

  return { get, probe, close: () => dispatcher.close() }
}

function describeRequestError(error: unknown): UpstreamOutcome {
  const code = (error as { code?: string }).code
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return failed(504, 'UPSTREAM_TIMEOUT', 'The Aura API did not accept a connection in time.')
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return failed(504, 'UPSTREAM_TIMEOUT', 'The Aura API did not answer in time.')
  return failed(502, 'UPSTREAM_UNREACHABLE', 'Could not reach the Aura API.')
}

function bodyFailure(kind: 'too-large' | 'timeout' | 'cut-off') {
  if (kind === 'too-large') return failed(502, 'UPSTREAM_TOO_LARGE', 'The Aura API sent more data than this server accepts.')
  if (kind === 'timeout') return failed(504, 'UPSTREAM_TIMEOUT', 'The Aura API took too long to send its answer.')
  return failed(502, 'UPSTREAM_CUT_OFF', 'The Aura API’s answer was cut off before it ended.')
}
