import { EMPTY } from '@/lib/format'
import { parseIsoDate } from '@/lib/iso-date'
import { formatRelativeTime } from '@/lib/relative-time'
import { formatZonedDateTime } from '@/lib/time-zone'

type ZonedDateTimeProps = {
  value: string | null
  /** IANA zone to show the time in; the viewer's own when omitted. */
  timeZone?: string
  locale?: string
  /** When given, a relative time ("in 3 days") follows the date. */
  now?: Date
}

/** A date from the API in a chosen zone, named in the text; an unreadable one shows "—" with the raw value on hover. */
export function ZonedDateTime({ value, timeZone, locale, now }: ZonedDateTimeProps) {
  const date = parseIsoDate(value)
  if (!date) {
    return (
      <span title={value ? `Unreadable date: ${value}` : undefined} className="text-muted-foreground">
        {EMPTY}
      </span>
    )
  }
  const relative = now ? formatRelativeTime(date, now, locale) : null
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <time dateTime={date.toISOString()}>{formatZonedDateTime(date, timeZone, locale)}</time>
      {relative && (
        <>
          {' '}
          <span className="text-xs text-muted-foreground">{relative}</span>
        </>
      )}
    </span>
  )
}
