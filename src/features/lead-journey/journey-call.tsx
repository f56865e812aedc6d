import type { Call } from '@/entities/call/call-schema'
import { DealValue } from '@/entities/call/deal-value'
import { StatusBadge } from '@/entities/call/status-badge'
import { formatDate, formatDateTime } from '@/lib/dates/dates'
import { humanizeEnum } from '@/lib/format/format'

/** What the strip says about one call: its day, kind, status and deal value; `isCurrent` marks this page's call. */
export function JourneyCall({ call, isCurrent = false }: { call: Call; isCurrent?: boolean }) {
  const date = call.scheduledAt?.date
  return (
    <>
      <span className="flex items-baseline gap-2">
        {date ? (
          <time dateTime={date.toISOString()} title={formatDateTime(date)} className="text-sm font-medium">
            {formatDate(date)}
          </time>
        ) : (
          <span className="text-sm text-muted-foreground">No date</span>
        )}
        {isCurrent && <span className="font-semibold">This call</span>}
      </span>
      <span className="flex items-center gap-2">
        <span>{call.callKind ? humanizeEnum(call.callKind) : 'Call'}</span>
        <StatusBadge status={call.status} />
        <span className="text-muted-foreground">
          {call.expectedDealValueCents === null ? 'No deal value' : <>Deal <DealValue cents={call.expectedDealValueCents} /></>}
        </span>
      </span>
    </>
  )
}
