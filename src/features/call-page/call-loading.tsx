import { isApiError } from '@/api/api-error'
import { Skeleton } from '@/components/ui/skeleton'
import { formatTimeOfDay } from '@/lib/dates/dates'

type CallLoadingProps = {
  failureReason: Error | null
  /** The browser is offline, so the request waits for the connection to come back. */
  offline: boolean
}

/** Skeletons while the call loads, with a note when it waits for the network or a retry. */
export function CallLoading(props: CallLoadingProps) {
  return (
    <div aria-busy="true" aria-label="Loading call" className="flex flex-col gap-4">
      <h1 className="sr-only">Loading call…</h1>
      <LoadingNotice {...props} />
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-40" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Skeleton className="h-96" />
        <div className="flex flex-col gap-4">
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
        </div>
      </div>
    </div>
  )
}

function LoadingNotice(props: CallLoadingProps) {
  const notice = noticeText(props)
  if (!notice) return null
  return <p role="status" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm text-warning">{notice}</p>
}

function noticeText({ failureReason, offline }: CallLoadingProps) {
  if (offline) return 'You’re offline. The call will load as soon as the connection is back.'
  if (!failureReason) return null
  if (isApiError(failureReason) && failureReason.status === 429) {
    return `Aura’s rate limit was reached. Retrying automatically at ${retryTime(failureReason.retryAt)}.`
  }
  return `${asSentence(failureReason.message)} Retrying…`
}

function asSentence(message: string) {
  return /[.!?…]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`
}

function retryTime(retryAt: number | null) {
  return retryAt === null ? 'in a few seconds' : formatTimeOfDay(retryAt)
}
