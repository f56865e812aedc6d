// Building an Intl formatter takes far longer than using one, the first time most of all: a page with a
// hundred dates and amounts builds each kind once and reuses it.
type Formatter = { format: (...args: never[]) => string }

const formatters = new Map<string, Formatter>()

function cached<T extends Formatter>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) {
    // A constructor that throws (an unknown currency or zone) caches nothing, and the caller's fallback runs.
    formatter = build()
    formatters.set(key, formatter)
  }
  return formatter
}

export function numberFormat(locale?: string, options: Intl.NumberFormatOptions = {}) {
  return cached(`number ${locale ?? ''} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options))
}

export function dateTimeFormat(locale?: string, options: Intl.DateTimeFormatOptions = {}) {
  return cached(`date ${locale ?? ''} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options))
}

export function relativeTimeFormat(locale?: string, options: Intl.RelativeTimeFormatOptions = {}) {
  return cached(`relative ${locale ?? ''} ${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(locale, options))
}

export function listFormat(locale?: string, options: Intl.ListFormatOptions = {}) {
  return cached(`list ${locale ?? ''} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options))
}
