import type { Call } from '@/entities/call/call-schema'
import { DealValue } from '@/entities/call/deal-value'
import { StatusBadge } from '@/entities/call/status-badge'
import { formatDate, formatDateTime } from '@/lib/dates/dates'
import { humanizeEnum } from '@/lib/format/format'

/**
 * Two lines per call on a phone, one on wider screens; the placeholders shown while loading have the
 * same height, so nothing moves when the calls arrive.
 */
export const JOURNEY_CALL_BOX =
  'flex h-16 shrink-0 flex-col justify-center gap-1 rounded-lg border px-3 text-xs whitespace-nowrap sm:h-9 sm:flex-row sm:items-center sm:justify-start sm:gap-2'

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
