import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/ui/date-time'
import type { ApiDate } from '@/lib/dates/dates'
import { dueStatus, formatDue, isDateOnly } from './due'

/** The due date, and a badge when it has passed or is less than two days away. */
export function ActionItemDueDate({ value, now }: { value: ApiDate | null; now: number }) {
  const status = dueStatus(value, now)
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {value && isDateOnly(value) ? <time dateTime={value.raw.trim()}>{formatDue(value)}</time> : <DateTime value={value} />}
      {status === 'overdue' && <Badge tone="danger">Overdue</Badge>}
      {status === 'due-soon' && <Badge tone="warning">Due soon</Badge>}
    </span>
  )
}
