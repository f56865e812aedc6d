import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { describeApiError, type ErrorDescription } from './describe-api-error'

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

function describe(error: Error): ErrorDescription {
  if (isApiError(error) && error.status === 404) {
    return { title: 'Call not found', body: `Aura says: ${error.message}. Check the link, or ask whoever shared it.`, canRetry: false }
  }
  return describeApiError(error, { forbiddenTo: 'see this call', fallbackTitle: 'The call couldn’t be loaded' })
}
