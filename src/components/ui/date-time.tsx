import { formatDateTime, formatRelativeTime, type ApiDate } from '@/lib/dates/dates'
import { EMPTY } from '@/lib/format/format'

type DateTimeProps = {
  value: ApiDate | null
  /** IANA zone to show the time in; the viewer's own when omitted. The zone's name is always in the text. */
  timeZone?: string
  locale?: string
  /** When given, a relative time ("in 3 days") follows the date. */
  now?: Date
}

/** An instant from the API, printed the one way the page prints instants; an unreadable one shows "—" with the raw value on hover. */
export function DateTime({ value, timeZone, locale, now }: DateTimeProps) {
  const date = value?.date
  if (!date) return <UnreadableDate raw={value?.raw ?? null} />
  const relative = now ? formatRelativeTime(date, now, locale) : null
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone, locale)}</time>
      {relative && (
        <>
          {' '}
          <span className="text-xs text-muted-foreground">{relative}</span>
        </>
      )}
    </span>
  )
}

/** "—" for a missing date, with the raw value on hover when one was sent but couldn't be read. */
function UnreadableDate({ raw }: { raw: string | null }) {
  return (
    <span title={raw ? `Unreadable date: ${raw}` : undefined} className="text-muted-foreground">
      {EMPTY}
    </span>
  )
}
