export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-body' | 'unexpected-shape'

type ApiErrorInit = {
  kind: ApiErrorKind
  message: string
  status?: number
  code?: string | null
  requestId?: string | null
  retryAt?: number | null
}

/** Every failure of an upstream request, whatever its cause, arrives as one of these. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** HTTP status, or 0 when no response came back. */
  readonly status: number
  readonly code: string | null
  readonly requestId: string | null
  /** When a rate-limited request may be tried again (epoch ms). */
  readonly retryAt: number | null

  constructor({ kind, message, status = 0, code = null, requestId = null, retryAt = null }: ApiErrorInit) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.code = code
    this.requestId = requestId
    this.retryAt = retryAt
  }

  get isTransient() {
    return this.kind === 'network' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
