import { EMPTY, formatDateTime } from '@/lib/format'
import { parseIsoDate } from '@/lib/iso-date'

/** A date from the API in the viewer's locale and zone; an invalid one shows "—" with the raw value on hover. */
export function DateTime({ value }: { value: string | null }) {
  const date = parseIsoDate(value)
  if (!date) {
    return value ? (
      <span title={`Unreadable date: ${value}`} className="text-muted-foreground">
        {EMPTY}
      </span>
    ) : (
      <span className="text-muted-foreground">{EMPTY}</span>
    )
  }
  return <time dateTime={date.toISOString()}>{formatDateTime(value)}</time>
}
