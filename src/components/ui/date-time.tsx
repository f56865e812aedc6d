import { EMPTY, formatDateTime } from '@/lib/format/format'
import { parseIsoDate } from '@/lib/dates/iso-date'

/** A date from the API in the viewer's locale and zone; an invalid one shows "—" with the raw value on hover. */
export function DateTime({ value }: { value: string | null }) {
  const date = parseIsoDate(value)
  if (!date) return <UnreadableDate raw={value} />
  return <time dateTime={date.toISOString()}>{formatDateTime(value)}</time>
}

/** "—" for a missing date, with the raw value on hover when one was sent but couldn't be read. */
export function UnreadableDate({ raw }: { raw: string | null }) {
  return (
    <span title={raw ? `Unreadable date: ${raw}` : undefined} className="text-muted-foreground">
      {EMPTY}
    </span>
  )
}
