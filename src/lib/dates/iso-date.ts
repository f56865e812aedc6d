// `Date.parse` accepts many non-ISO shapes and rolls impossible dates over
// (30 February becomes 2 March), so ISO 8601 strings are checked field by field.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i

function daysInMonth(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseIsoDate(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null
  const match = ISO_8601.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = match
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null
  if (zone && !/^(z|[+-](0\d|1[0-4]):?[0-5]\d)$/i.test(zone)) return null
  const isDateOnly = match[4] === undefined
  // A date-only value or one without an offset is read as UTC, the API's documented zone.
  const normalized = isDateOnly
    ? `${year}-${month}-${day}T00:00:00Z`
    : value.trim().replace(' ', 'T') + (zone ? '' : 'Z')
  const date = new Date(normalized)
  return Number.isNaN(date.getTime()) ? null : date
}
