import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { StartPageLink } from '@/features/errors/start-page-link'
import { RequestIds } from '@/features/errors/request-ids'
import { describeApiError, type ErrorDescription } from '@/features/errors/describe-api-error'

type CallErrorProps = { error: Error; onRetry: () => void; retrying: boolean }

export function CallError({ error, onRetry, retrying }: CallErrorProps) {
  const { title, body, canRetry } = describe(error)
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-danger/40 bg-card p-6">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="mt-2 text-sm">{body}</p>
      <RequestIds error={error} />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {canRetry && (
          <Button variant="primary" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )}
        <StartPageLink className="text-sm" />
      </div>
    </div>
  )
}

function describe(error: Error): ErrorDescription {
  if (isApiError(error) && error.status === 404) {
    return { title: 'Call not found', body: `Aura says: ${error.message}. Check the link, or ask whoever shared it.`, canRetry: false }
  }
  return describeApiError(error, { forbiddenTo: 'see this call', fallbackTitle: 'The call couldn’t be loaded' })
}
