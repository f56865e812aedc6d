/** The viewer's IANA zone as the browser reports it; UTC when it reports nothing usable. */
export function viewerTimeZone() {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/** `zone` when Intl knows it, otherwise null: an unknown zone is ignored rather than guessed at. */
export function validTimeZone(zone: string | null | undefined) {
  if (typeof zone !== 'string' || zone.trim() === '') return null
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone.trim() })
    return zone.trim()
  } catch {
    return null
  }
}

/** Date and time with the zone's short name ("Nov 17, 2026, 9:00 AM CST"), so a switched zone is visible in every value. */
export function formatZonedDateTime(date: Date, timeZone?: string, locale?: string) {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date)
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(date)
  }
}

/** The wall-clock time in a zone ("9:41 AM"), or null when the zone is unknown. */
export function formatTimeIn(date: Date, timeZone: string, locale?: string) {
  try {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(date)
  } catch {
    return null
  }
}
