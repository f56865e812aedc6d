import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { formatTimeOfDay } from '@/lib/format'

type RecentCallsErrorProps = { error: Error; onRetry: () => void; retrying: boolean }

/** The list failed before any row arrived. */
export function RecentCallsError({ error, onRetry, retrying }: RecentCallsErrorProps) {
  const { title, body } = describeListError(error)
  return (
    <div role="alert" className="rounded-xl border border-danger/40 bg-card p-4">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-1 text-sm">{body}</p>
      {isApiError(error) && error.requestId && (
        <p className="mt-2 text-sm">
          Request ID: <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{error.requestId}</code>
        </p>
      )}
      <Button variant="primary" className="mt-3" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </Button>
    </div>
  )
}

/** A further page failed; the rows already shown stay. */
export function LoadMoreError({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="alert" className="text-sm text-danger">
        Couldn’t load more calls{error ? `: ${describeListError(error).title}.` : '.'}
      </p>
      <Button onClick={onRetry}>Retry</Button>
    </div>
  )
}

function describeListError(error: Error): { title: string; body: string } {
  if (!isApiError(error)) return { title: 'Couldn’t load recent calls', body: error.message }
  if (error.status === 401 || error.status === 403) {
    return {
      title: error.status === 401 ? 'The server’s API key is missing or wrong' : 'The server’s API key isn’t allowed to list calls',
      body:
        `Aura answered: “${error.message}”. The key is configured on the server, not in this page: ` +
        'set AURA_API_KEY (a partner key from Aura › Settings › Integrations) in the environment ' +
        'or in .env.local of the server running this dashboard, then restart it.',
    }
  }
  if (error.status === 429) {
    const when = error.retryAt ? ` You can try again at ${formatTimeOfDay(error.retryAt)}.` : ''
    return { title: 'Rate limit reached', body: `Aura’s rate limit was reached.${when}` }
  }
  if (error.kind === 'invalid-body' || error.kind === 'unexpected-shape') {
    return { title: 'Unexpected response', body: error.message }
  }
  if (error.kind === 'network' || error.kind === 'timeout') return { title: 'Can’t reach the server', body: error.message }
  if (error.status >= 500) return { title: 'Aura is having trouble', body: `${error.message} This is usually temporary.` }
  return { title: 'Couldn’t load recent calls', body: error.message }
}
