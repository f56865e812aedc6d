import { parseIsoDate } from '@/lib/dates/iso-date'
import { formatRelativeTime } from '@/lib/dates/relative-time'
import { formatZonedDateTime } from '@/lib/dates/time-zone'
import { UnreadableDate } from './date-time'

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
  if (!date) return <UnreadableDate raw={value} />
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
