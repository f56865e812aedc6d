const FALLBACK = 'en-US'

/**
 * The language the first view writes its days in: the first one the browser asks for (`Accept-Language`), when it
 * is a language tag this server can format dates in; otherwise US English. The page's script writes the days again
 * wherever this is not the browser's own language.
 */
export function daysLocaleFor(acceptLanguage: string | undefined) {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim()
  if (!first || first === '*') return FALLBACK
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(first)[0] ?? FALLBACK
  } catch {
    return FALLBACK
  }
}
