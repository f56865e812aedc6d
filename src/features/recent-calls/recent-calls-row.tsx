import { DateTime } from '@/components/ui/date-time'
import { CallLink } from '@/entities/call/call-link'
import type { Call } from '@/entities/call/call-schema'
import { StatusBadge } from '@/entities/call/status-badge'
import { humanizeEnum } from '@/lib/format/format'

export function RecentCallsRow({ call }: { call: Call }) {
  return (
    <li>
      <CallLink
        id={call.id}
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
      </CallLink>
    </li>
  )
}
