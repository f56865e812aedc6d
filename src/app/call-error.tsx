import { isApiError, type ApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { formatTimeOfDay } from '@/lib/format'

type CallErrorProps = { error: Error; onRetry: () => void; retrying: boolean }

export function CallError({ error, onRetry, retrying }: CallErrorProps) {
  const { title, body, canRetry } = describe(error)
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-danger/40 bg-card p-6">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="mt-2 text-sm">{body}</p>
      {isApiError(error) && error.requestId && (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          Request ID: <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{error.requestId}</code>
          <CopyButton value={error.requestId} label="Copy request ID" />
        </p>
      )}
      {canRetry && (
        <Button variant="primary" className="mt-4" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      )}
    </div>
  )
}

function describe(error: Error): { title: string; body: string; canRetry: boolean } {
  if (!isApiError(error)) return { title: 'Something went wrong', body: error.message, canRetry: true }
  if (error.status === 404) {
    return { title: 'Call not found', body: `Aura says: ${error.message}. Check the link, or ask whoever shared it.`, canRetry: false }
  }
  if (error.status === 401 || error.status === 403) return keyProblem(error)
  if (error.status === 429) {
    const when = error.retryAt ? ` You can try again at ${formatTimeOfDay(error.retryAt)}.` : ''
    return { title: 'Rate limit reached', body: `Aura’s rate limit was reached.${when}`, canRetry: true }
  }
  if (error.kind === 'invalid-body' || error.kind === 'unexpected-shape') {
    return { title: 'Unexpected response', body: error.message, canRetry: true }
  }
  if (error.kind === 'network' || error.kind === 'timeout') {
    return { title: 'Can’t reach the server', body: error.message, canRetry: true }
  }
  if (error.status >= 500) {
    return { title: 'Aura is having trouble', body: `${error.message} This is usually temporary.`, canRetry: true }
  }
  return { title: 'The request was rejected', body: error.message, canRetry: false }
}

function keyProblem(error: ApiError) {
  return {
    title: error.status === 401 ? 'The server’s API key is missing or wrong' : 'The server’s API key isn’t allowed to see this call',
    body:
      `Aura answered: “${error.message}”. The key is configured on the server, not in this page: ` +
      'set AURA_API_KEY (a partner key from Aura › Settings › Integrations) in the environment ' +
      'or in .env.local of the server running this dashboard, then restart it.',
    canRetry: false,
  }
}
