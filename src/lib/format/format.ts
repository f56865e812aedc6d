import { parseIsoDate } from '@/lib/dates/iso-date'

export const EMPTY = '—'

export function formatMoney(cents: number | null | undefined, currency?: string | null, locale?: string) {
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return EMPTY
  const code = (currency ?? 'USD').trim().toUpperCase() || 'USD'
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(cents / 100)
  } catch {
    const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(cents / 100)
    return `${amount} ${currency ?? ''}`.trim()
  }
}

export function formatDateTime(value: string | null | undefined, locale?: string, timeZone?: string) {
  const date = parseIsoDate(value)
  if (!date) return EMPTY
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date)
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
  }
}

export function formatDate(value: string | null | undefined, locale?: string) {
  const date = parseIsoDate(value)
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : EMPTY
}

export function formatTimeOfDay(epochMs: number, locale?: string) {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(epochMs)
}

/** `m:ss`, or `h:mm:ss` when the media is an hour or longer. */
export function formatTimestamp(seconds: number, guideSeconds = seconds) {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return guideSeconds >= 3600 || h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

export function formatCount(value: number | null | undefined, locale?: string) {
  return typeof value === 'number' && Number.isFinite(value) ? new Intl.NumberFormat(locale).format(value) : EMPTY
}

export function humanizeEnum(value: string) {
  const words = value.replace(/[_-]+/g, ' ').trim()
  return words ? words[0]!.toUpperCase() + words.slice(1) : value
}

/** A length of time in words the locale knows: "45 sec", "36 min", "1 hr 5 min"; "—" when not a duration. */
export function formatDuration(seconds: number | null | undefined, locale?: string) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return EMPTY
  if (seconds > 0 && seconds < 59.5) return formatUnit(Math.round(seconds), 'second', locale)
  const totalMinutes = Math.round(seconds / 60)
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  const parts = [hours > 0 ? formatUnit(hours, 'hour', locale) : '', minutes > 0 || hours === 0 ? formatUnit(minutes, 'minute', locale) : '']
  return parts.filter(Boolean).join(' ')
}

function formatUnit(value: number, unit: 'hour' | 'minute' | 'second', locale?: string) {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value)
}
