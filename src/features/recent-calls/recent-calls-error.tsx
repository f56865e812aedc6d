import { Button } from '@/components/ui/button'
import { RequestIds } from '@/features/errors/request-ids'
import { describeApiError } from '@/features/errors/describe-api-error'

type RecentCallsErrorProps = { error: Error; onRetry: () => void; retrying: boolean }

/** The list failed before any row arrived. */
export function RecentCallsError({ error, onRetry, retrying }: RecentCallsErrorProps) {
  const { title, body } = describeListError(error)
  return (
    <div role="alert" className="rounded-xl border border-danger/40 bg-card p-4">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-1 text-sm">{body}</p>
      <RequestIds error={error} />
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

function describeListError(error: Error) {
  return describeApiError(error, { forbiddenTo: 'list calls', fallbackTitle: 'Couldn’t load recent calls' })
}
