import { http, HttpResponse } from 'msw'
import { server } from '../../test/msw-server'
import { ApiError } from './api-error'
import { apiGet, apiGetPage } from './client'

function answer(response: () => Response | Promise<Response>) {
  server.use(http.get('/api/v1/thing', response))
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe(apiGet.name, () => {
  it('unwraps the success envelope', async () => {
    answer(() => HttpResponse.json({ success: true, data: { id: 'x' } }))
    await expect(apiGet('/v1/thing')).resolves.toEqual({ id: 'x' })
  })

  it('returns list pagination alongside the data', async () => {
    answer(() => HttpResponse.json({ success: true, data: [], pagination: { next_cursor: 'abc', has_more: true } }))
    await expect(apiGetPage('/v1/thing')).resolves.toEqual({ data: [], pagination: { next_cursor: 'abc', has_more: true } })
  })

  it('turns the error envelope into a typed error with status, code and request id', async () => {
    answer(() =>
      HttpResponse.json(
        { success: false, error: 'Lead not found', code: 'NOT_FOUND', requestId: 'req_abc123' },
        { status: 404 },
      ),
    )
    const error = await failure(apiGet('/v1/thing'))
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'NOT_FOUND', requestId: 'req_abc123', message: 'Lead not found' })
  })

  it('keeps the server’s request id and, beside it, the Aura API’s own', async () => {
    answer(() =>
      HttpResponse.json(
        { success: false, error: 'Call not found', code: 'NOT_FOUND', requestId: 'req_aura1' },
        { status: 404, headers: { 'X-Request-Id': 'srv-1' } },
      ),
    )
    const error = await failure(apiGet('/v1/thing'))
    expect(error).toMatchObject({ requestId: 'srv-1', auraRequestId: 'req_aura1' })
  })

  it('names one id once when the server wrote the envelope itself', async () => {
    answer(() =>
      HttpResponse.json(
        { success: false, error: 'Could not reach the Aura API.', code: 'UPSTREAM_UNREACHABLE', requestId: 'srv-2' },
        { status: 502, headers: { 'X-Request-Id': 'srv-2' } },
      ),
    )
    expect(await failure(apiGet('/v1/thing'))).toMatchObject({ requestId: 'srv-2', auraRequestId: null })
  })

  it('keeps the server’s request id for an answer that is not the envelope', async () => {
    answer(() => new HttpResponse('<html>', { status: 502, headers: { 'X-Request-Id': 'srv-3' } }))
    expect(await failure(apiGet('/v1/thing'))).toMatchObject({ kind: 'invalid-body', requestId: 'srv-3' })
  })

  it('reads the retry time of a 429 from X-RateLimit-Reset', async () => {
    answer(() =>
      HttpResponse.json(
        { success: false, error: 'Too many requests', code: 'RATE_LIMITED', requestId: 'req_1' },
        { status: 429, headers: { 'X-RateLimit-Reset': '1900000000' } },
      ),
    )
    const error = await failure(apiGet('/v1/thing'))
    expect(error.retryAt).toBe(1_900_000_000_000)
  })

  it('reads the retry time of a 429 from Retry-After seconds', async () => {
    answer(() => HttpResponse.json({ success: false, error: 'slow down' }, { status: 429, headers: { 'Retry-After': '30' } }))
    const before = Date.now()
    const error = await failure(apiGet('/v1/thing'))
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 30_000)
  })

  it('describes an error status without an envelope', async () => {
    answer(() => new HttpResponse('upstream exploded', { status: 503 }))
    const error = await failure(apiGet('/v1/thing'))
    expect(error).toMatchObject({ kind: 'invalid-body', status: 503 })
  })

  it('says when an HTML page came back instead of JSON', async () => {
    answer(() => new HttpResponse('<!doctype html><h1>Bad gateway</h1>', { status: 502 }))
    const error = await failure(apiGet('/v1/thing'))
    expect(error.message).toMatch(/web page instead of data/)
  })

  it('treats truncated JSON as an invalid body', async () => {
    answer(() => new HttpResponse('{"success":true,"data":{"id":"abc', { status: 200 }))
    const error = await failure(apiGet('/v1/thing'))
    expect(error).toMatchObject({ kind: 'invalid-body', status: 200 })
    expect(error.message).toMatch(/not valid JSON or was cut off/)
  })

  it('treats a 200 without the envelope as an unexpected response', async () => {
    answer(() => HttpResponse.json({ id: 'bare' }))
    const error = await failure(apiGet('/v1/thing'))
    expect(error.kind).toBe('unexpected-shape')
  })

  it('turns a network failure into a typed error with status 0', async () => {
    answer(() => HttpResponse.error())
    const error = await failure(apiGet('/v1/thing'))
    expect(error).toMatchObject({ kind: 'network', status: 0 })
    expect(error.isTransient).toBe(true)
  })

  it('passes a caller abort through unchanged', async () => {
    answer(() => new Promise<Response>(() => {}))
    const controller = new AbortController()
    const request = apiGet('/v1/thing', controller.signal)
    controller.abort()
    await expect(request).rejects.not.toBeInstanceOf(ApiError)
  })

  it('gives up with a timeout error when the server never answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      answer(() => new Promise<Response>(() => {}))
      const request = failure(apiGet('/v1/thing'))
      await vi.advanceTimersByTimeAsync(15_001)
      expect((await request).kind).toBe('timeout')
    } finally {
      vi.useRealTimers()
    }
  })
})
