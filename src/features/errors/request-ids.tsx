import { isApiError } from '@/api/api-error'
import { CopyButton } from '@/components/ui/copy-button'

const CODE = 'rounded bg-muted px-1.5 py-0.5 font-mono text-xs break-all'

/**
 * The ids that find a failed request in the logs: this dashboard server's, and
 * the Aura API's when it answered. One button copies both, for a support message.
 */
export function RequestIds({ error }: { error: Error }) {
  if (!isApiError(error) || !error.requestId) return null
  const { requestId, auraRequestId } = error
  const copied = auraRequestId ? `Request ID: ${requestId}\nAura request ID: ${auraRequestId}` : requestId
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <p>
        Request ID: <code className={CODE}>{requestId}</code>
      </p>
      {auraRequestId && (
        <p>
          Aura request ID: <code className={CODE}>{auraRequestId}</code>
        </p>
      )}
      <CopyButton value={copied} label={auraRequestId ? 'Copy request IDs' : 'Copy request ID'} />
    </div>
  )
}
