import { numberFormat } from './intl-formatters'

export const EMPTY = '—'

export function formatMoney(cents: number | null | undefined, currency?: string | null, locale?: string) {
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return EMPTY
  const code = (currency ?? 'USD').trim().toUpperCase() || 'USD'
  try {
    return numberFormat(locale, { style: 'currency', currency: code }).format(cents / 100)
  } catch {
    const amount = numberFormat(locale, { minimumFractionDigits: 2 }).format(cents / 100)
    return `${amount} ${currency ?? ''}`.trim()
  }
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
  return typeof value === 'number' && Number.isFinite(value) ? numberFormat(locale).format(value) : EMPTY
}

export function humanizeEnum(value: string) {
  const words = value.replace(/[_-]+/g, ' ').trim()
  return words ? words[0]!.toUpperCase() + words.slice(1) : value
}
