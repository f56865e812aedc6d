import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import type { RecentCallsPage } from '@/entities/call/call-queries'
import { LoadMoreError, RecentCallsError } from './recent-calls-error'
import { RecentCallsRow } from './recent-calls-row'

type RecentCallsBodyProps = {
  query: UseInfiniteQueryResult<InfiniteData<RecentCallsPage>>
  filtered: boolean
}

/** Rows whenever there are any, then the error, then skeletons. */
export function RecentCallsBody({ query, filtered }: RecentCallsBodyProps) {
  const { data, error, refetch, isRefetching, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = query

  if (!data) {
    if (error) return <RecentCallsError error={error} onRetry={() => void refetch()} retrying={isRefetching} />
    return <RecentCallsLoading />
  }

  const { calls, skipped } = collect(data.pages)
  return (
    <div className="flex flex-col gap-3">
      {calls.length > 0 ? (
        <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-card">
          {calls.map((call) => (
            <RecentCallsRow key={call.id} call={call} />
          ))}
        </ul>
      ) : (
        <EmptyState>{filtered ? 'No calls match this filter.' : 'No calls yet.'}</EmptyState>
      )}
      {skipped > 0 && (
        <p className="text-sm text-muted-foreground">
          {skipped === 1 ? '1 call' : `${skipped} calls`} in the response couldn’t be read and {skipped === 1 ? 'is' : 'are'} not shown.
        </p>
      )}
      {isFetchNextPageError && !isFetchingNextPage ? (
        <LoadMoreError error={error} onRetry={() => void fetchNextPage()} />
      ) : (
        hasNextPage && (
          <Button className="self-start" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        )
      )}
    </div>
  )
}

// The list can shift between page requests, so a call may arrive twice; the first copy wins.
function collect(pages: RecentCallsPage[]) {
  const seen = new Set<string>()
  const calls = pages
    .flatMap((page) => page.calls)
    .filter((call) => {
      if (seen.has(call.id)) return false
      seen.add(call.id)
      return true
    })
  const skipped = pages.reduce((total, page) => total + page.skipped, 0)
  return { calls, skipped }
}

function RecentCallsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading recent calls" className="flex flex-col gap-2">
      <Skeleton className="h-16" />
      <Skeleton className="h-16" />
      <Skeleton className="h-16" />
      <span className="sr-only">Loading recent calls…</span>
    </div>
  )
}
