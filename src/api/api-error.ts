export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-body' | 'unexpected-shape'

type ApiErrorInit = {
  kind: ApiErrorKind
  message: string
  status?: number
  code?: string | null
  requestId?: string | null
  auraRequestId?: string | null
  retryAt?: number | null
}

/** Every failure of an upstream request, whatever its cause, arrives as one of these. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** HTTP status, or 0 when no response came back. */
  readonly status: number
  readonly code: string | null
  /** The id this dashboard's server gave the request: its log line carries it. */
  readonly requestId: string | null
  /** The id the Aura API gave it, when it answered with one of its own. */
  readonly auraRequestId: string | null
  /** When a rate-limited request may be tried again (epoch ms). */
  readonly retryAt: number | null

  constructor({ kind, message, status = 0, code = null, requestId = null, auraRequestId = null, retryAt = null }: ApiErrorInit) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.code = code
    this.requestId = requestId
    this.auraRequestId = auraRequestId
    this.retryAt = retryAt
  }

  get isTransient() {
    return this.kind === 'network' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
