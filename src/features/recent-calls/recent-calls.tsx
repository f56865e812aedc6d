import { useInfiniteQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useSearchParams } from 'react-router'
import { recentCallQueries } from '@/entities/call/call-queries'
import { RecentCallsBody } from './recent-calls-body'
import { RecentCallsFilter } from './recent-calls-filter'
import { useIsDemo } from '@/features/session/server-mode'

/** The newest calls from the API, filterable by status, a page at a time. */
export function RecentCalls() {
  const headingId = useId()
  const isDemo = useIsDemo()
  const [searchParams, setSearchParams] = useSearchParams()
  // The filter lives in the URL so a reload or the back button keeps it.
  const status = searchParams.get('status') || null
  const query = useInfiniteQuery(recentCallQueries.list(status))

  const changeStatus = (next: string | null) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current)
        if (next) params.set('status', next)
        else params.delete('status')
        return params
      },
      { replace: true },
    )
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            Recent calls
          </h2>
          {isDemo && (
            <p className="text-sm text-muted-foreground">Demo calls from the built-in sample data, not an Aura account.</p>
          )}
        </div>
        <RecentCallsFilter value={status} onChange={changeStatus} />
      </div>
      <RecentCallsBody query={query} filtered={status !== null} />
    </section>
  )
}
