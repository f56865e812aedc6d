import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { useParams } from 'react-router'
import { StartPageLink } from '@/features/errors/start-page-link'
import { callQueries } from '@/entities/call/call-queries'
import { isUuid } from '@/lib/ids/uuid'
import { CallError } from './call-error'
import { CallLayout } from './call-layout'
import { CallLoading } from './call-loading'

export function CallPage() {
  const { id = '' } = useParams()
  if (!isUuid(id)) return <InvalidCallId id={id} />
  return <CallLoader key={id} id={id} />
}

function CallLoader({ id }: { id: string }) {
  const { data, error, failureReason, fetchStatus, refetch, isRefetching } = useQuery(callQueries.detail(id))
  // Rendered as interruptible work: building a whole call page never blocks input in one long task.
  const call = useDeferredValue(data)
  if (call) return <CallLayout call={call} />
  if (error) return <CallError error={error} onRetry={() => void refetch()} retrying={isRefetching} />
  return <CallLoading failureReason={failureReason} offline={fetchStatus === 'paused'} />
}

function InvalidCallId({ id }: { id: string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-border bg-card p-6">
      <h1 className="text-lg font-semibold">That isn’t a valid call ID</h1>
      <p className="mt-2 text-sm break-all text-muted-foreground">
        “{id}” is not a call ID. Call IDs look like 550e8400-e29b-41d4-a716-446655440000.
      </p>
      <StartPageLink className="mt-4 text-sm" />
    </div>
  )
}
