import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { DateTime } from '@/components/ui/date-time'
import { callQueries } from '@/entities/call/call-queries'
import type { Call } from '@/entities/call/call-schema'
import { StatusBadge } from '@/entities/call/status-badge'
import { humanizeEnum } from '@/lib/format/format'
import { callPath } from '@/lib/routes/route-paths'

export function RecentCallsRow({ call }: { call: Call }) {
  const queryClient = useQueryClient()
  // List items are summaries without transcript or notes, so fetch the full call
  // as soon as the row is pointed at or focused: opening it is then instant.
  const prefetch = () => void queryClient.prefetchQuery(callQueries.detail(call.id))
  return (
    <li>
      <Link
        to={callPath(call.id)}
        onMouseEnter={prefetch}
        onFocus={prefetch}
        className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-muted focus-visible:bg-muted focus-visible:-outline-offset-2"
      >
        <span className="font-medium">{call.callKind ? humanizeEnum(call.callKind) : 'Call'}</span>
        <StatusBadge status={call.status} />
        <span className="text-sm text-muted-foreground">
          <DateTime value={call.scheduledAt} />
        </span>
        <span title={call.id} className="ml-auto font-mono text-xs text-muted-foreground">
          {call.id.slice(0, 8)}
        </span>
      </Link>
    </li>
  )
}
