import { isApiError } from '@/api/api-error'
import { Skeleton } from '@/components/ui/skeleton'
import { formatTimeOfDay } from '@/lib/format'

/** Skeletons while the call loads, with a note when a first attempt failed and a retry is pending. */
export function CallLoading({ failureReason }: { failureReason: Error | null }) {
  return (
    <div aria-busy="true" aria-label="Loading call" className="flex flex-col gap-4">
      <RetryNotice failureReason={failureReason} />
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-40" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Skeleton className="h-96" />
        <div className="flex flex-col gap-4">
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
        </div>
      </div>
      <span className="sr-only">Loading call…</span>
    </div>
  )
}

function RetryNotice({ failureReason }: { failureReason: Error | null }) {
  if (!failureReason) return null
  const rateLimited = isApiError(failureReason) && failureReason.status === 429
  return (
    <p role="status" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm text-warning">
      {rateLimited
        ? `Aura’s rate limit was reached. Retrying automatically at ${retryTime(failureReason.retryAt)}.`
        : `${failureReason.message} Retrying…`}
    </p>
  )
}

function retryTime(retryAt: number | null) {
  return retryAt === null ? 'in a few seconds' : formatTimeOfDay(retryAt)
}
