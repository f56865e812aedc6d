const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** "in 3 days", "2 hours ago" or "now", measured from `now` so tests and renders agree. */
export function formatRelativeTime(date: Date, now: Date | number, locale?: string) {
  const seconds = (date.getTime() - new Date(now).getTime()) / 1000
  if (!Number.isFinite(seconds)) return null
  const absolute = Math.abs(seconds)
  // "auto" would turn a rounded ±1 day into "tomorrow"/"yesterday", which reads as a calendar day; keep it for "now" only.
  if (absolute < 45) return relativeFormat(locale, 'auto').format(0, 'second')
  const format = relativeFormat(locale, 'always')
  for (const [unit, size] of UNITS) {
    if (absolute >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(Math.round(seconds), 'second')
}

function relativeFormat(locale: string | undefined, numeric: Intl.RelativeTimeFormatNumeric) {
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric })
  } catch {
    return new Intl.RelativeTimeFormat(undefined, { numeric })
  }
}
