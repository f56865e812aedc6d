import { ApiError } from './api-error'
import { readRetryAt } from './rate-limit'

export const REQUEST_TIMEOUT_MS = 15_000

export type ApiPage = { data: unknown; pagination: unknown }

/** GET `/api{path}`, unwrapping the `{ success, data }` envelope. */
export async function apiGet(path: string, signal?: AbortSignal): Promise<unknown> {
  return (await apiGetPage(path, signal)).data
}

export async function apiGetPage(path: string, signal?: AbortSignal): Promise<ApiPage> {
  const response = await send(path, signal)
  const body = await readJson(response)

  if (!response.ok) throw toHttpError(response, body)
  if (!isRecord(body) || body.success !== true || !('data' in body)) {
    throw new ApiError({
      kind: 'unexpected-shape',
      status: response.status,
      requestId: serverRequestId(response),
      message: 'The server answered without the expected { "success": true, "data": … } envelope.',
    })
  }
  return { data: body.data, pagination: body.pagination ?? null }
}

async function send(path: string, signal?: AbortSignal) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, REQUEST_TIMEOUT_MS)
  const forwardAbort = () => controller.abort()
  signal?.addEventListener('abort', forwardAbort)

  try {
    return await fetch(`/api${path}`, { headers: { Accept: 'application/json' }, signal: controller.signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw timedOut
      ? new ApiError({ kind: 'timeout', message: 'The server took too long to answer.' })
      : new ApiError({ kind: 'network', message: 'Could not reach the server. Check your connection.' })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

async function readJson(response: Response): Promise<unknown> {
  let text: string
  try {
    text = await response.text()
  } catch {
    throw new ApiError({
      kind: 'network',
      status: response.status,
      requestId: serverRequestId(response),
      message: 'The connection closed before the whole response arrived.',
    })
  }
  try {
    return JSON.parse(text)
  } catch {
    const looksLikeHtml = /^\s*</.test(text)
    throw new ApiError({
      kind: 'invalid-body',
      status: response.status,
      requestId: serverRequestId(response),
      message: looksLikeHtml
        ? `The server sent a web page instead of data (HTTP ${response.status}).`
        : `The server sent a response that is not valid JSON or was cut off (HTTP ${response.status}).`,
    })
  }
}

function toHttpError(response: Response, body: unknown) {
  const envelope = isRecord(body) ? body : {}
  const { status } = response
  const requestId = serverRequestId(response)
  const envelopeRequestId = typeof envelope.requestId === 'string' && envelope.requestId ? envelope.requestId : null
  return new ApiError({
    kind: 'http',
    status,
    code: typeof envelope.code === 'string' ? envelope.code : null,
    requestId: requestId ?? envelopeRequestId,
    auraRequestId: requestId && envelopeRequestId !== requestId ? envelopeRequestId : null,
    message: typeof envelope.error === 'string' && envelope.error ? envelope.error : `Request failed (HTTP ${status}).`,
    retryAt: status === 429 ? readRetryAt(response.headers) : null,
  })
}

function serverRequestId(response: Response) {
  return response.headers.get('x-request-id')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
