import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { DateTime } from '@/components/ui/date-time'
import { Skeleton } from '@/components/ui/skeleton'
import { recentCallQueries } from '@/features/call/call-queries'
import { StatusBadge } from '@/features/call/status-badge'
import { humanizeEnum } from '@/lib/format'

export function DemoCallList() {
  const { data, error } = useQuery(recentCallQueries.list())
  return (
    <section aria-labelledby="demo-calls-heading" className="flex flex-col gap-3">
      <h2 id="demo-calls-heading" className="text-lg font-semibold">
        Demo calls
      </h2>
      {data ? (
        <ul className="divide-y divide-border rounded-xl border border-border bg-card">
          {data.map((call) => (
            <li key={call.id}>
              <Link to={`/calls/${call.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-muted">
                <span className="font-medium">{call.callKind ? humanizeEnum(call.callKind) : 'Call'}</span>
                <StatusBadge status={call.status} />
                <span className="text-sm text-muted-foreground">
                  <DateTime value={call.scheduledAt} />
                </span>
                <span className="w-full font-mono text-xs text-muted-foreground">{call.id}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : error ? (
        <p role="alert" className="text-sm text-danger">
          Couldn’t load the demo calls: {error.message}
        </p>
      ) : (
        <div aria-busy="true" className="flex flex-col gap-2">
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
      )}
    </section>
  )
}
