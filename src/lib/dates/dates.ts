// Every date and length of time the page shows: parsed here once from the API's
// strings, printed here in one style through Intl, so one instant reads the same
// wherever it appears.

import { EMPTY } from '@/lib/format/format'
import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from '@/lib/format/intl-formatters'

/**
 * A date as the API sent it, parsed once where the response is read: `date` is the
 * instant, or null when the text is not a real ISO 8601 date; `raw` is the text itself,
 * shown on hover when unreadable and telling a date-only value from an instant.
 */
export type ApiDate = { raw: string; date: Date | null }

export function readApiDate(value: unknown): ApiDate | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  return { raw: value, date: parseIsoDate(value) }
}

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

/**
 * The one way an instant is printed: date, time and the zone's short name
 * ("Nov 17, 2026, 9:00 AM CST"), in `timeZone` or the viewer's own, so a switched
 * zone shows in every value.
 */
export function formatDateTime(date: Date, timeZone?: string, locale?: string) {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(date)
  } catch {
    return dateTimeFormat(locale, options).format(date)
  }
}

/** A calendar day ("Nov 17, 2026"), for a date without a time. */
export function formatDate(date: Date, locale?: string, timeZone?: string) {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date)
}

/** The time of day on the viewer's clock ("9:41:05 AM"), for "retrying at". */
export function formatTimeOfDay(epochMs: number, locale?: string) {
  return dateTimeFormat(locale, { timeStyle: 'medium' }).format(epochMs)
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
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
  for (const [unit, size] of RELATIVE_UNITS) {
    if (absolute >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(Math.round(seconds), 'second')
}

function relativeFormat(locale: string | undefined, numeric: Intl.RelativeTimeFormatNumeric) {
  try {
    return relativeTimeFormat(locale, { numeric })
  } catch {
    return relativeTimeFormat(undefined, { numeric })
  }
}

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
    dateTimeFormat('en-US', { timeZone: zone.trim() })
    return zone.trim()
  } catch {
    return null
  }
}

/** The wall-clock time in a zone ("9:41 AM"), or null when the zone is unknown. */
export function formatTimeIn(date: Date, timeZone: string, locale?: string) {
  try {
    return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(date)
  } catch {
    return null
  }
}

type DurationParts = { hours: number; minutes: number; seconds: number }

const DURATION_UNITS = [['hour', 'hours'], ['minute', 'minutes'], ['second', 'seconds']] as const

// Each unit as a number, the units as a list: what `Intl.DurationFormat` prints for these styles, word for word,
// where it is built in and where it is not, at 0.011 ms a call against its 0.18 ms, which a seek paid for every
// new row of the transcript.
function formatDurationParts(parts: DurationParts, style: 'long' | 'short', locale?: string) {
  const present = DURATION_UNITS.filter(([, key]) => parts[key] > 0)
  const texts = present.map(([unit, key]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(parts[key]))
  return listFormat(locale, { type: 'unit', style }).format(texts)
}

/** A length of time, short: "45 sec", "36 min", "1 hr, 5 min" (to the minute past a minute); "—" when not a duration. */
export function formatDuration(seconds: number | null | undefined, locale?: string) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return EMPTY
  if (seconds < 59.5) return formatDurationParts({ hours: 0, minutes: 0, seconds: Math.round(seconds) }, 'short', locale) || formatZero('minute', 'short', locale)
  const totalMinutes = Math.round(seconds / 60)
  return formatDurationParts({ hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60, seconds: 0 }, 'short', locale)
}

/** Seconds as words, for screen readers: "1 hour, 2 minutes, 5 seconds". */
export function formatTimePhrase(seconds: number, locale?: string) {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0))
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 }
  return formatDurationParts(parts, 'long', locale) || formatZero('second', 'long', locale)
}

function formatZero(unit: 'minute' | 'second', style: 'long' | 'short', locale?: string) {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(0)
}

/**
 * Builds the formatters a call page prints with first, one a step. The first date a browser formats loads
 * its locale and zone data, which takes tens of milliseconds: done while the call is on its way, it stays
 * out of the call's first render, and a step a task keeps each task short on a slow phone.
 */
export const DATE_FORMATTING_WARM_UPS: readonly (() => void)[] = [
  () => formatDateTime(new Date()),
  () => formatDate(new Date()),
  () => formatTimePhrase(3_723),
]
