/**
 * Where to go back to after sign-in: a path on this site, query included
 * (`/calls/abc?t=754&q=pricing`), never another origin, so the sign-in can't
 * be used as an open redirect. Anything else goes to the start page.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\p{Cc}]/u.test(value)) return '/'
  const base = 'https://dashboard.invalid'
  const url = URL.parse(value, base)
  if (!url || url.origin !== base) return '/'
  return `${url.pathname}${url.search}`
}
