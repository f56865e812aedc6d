import { WEB_PROTOCOLS, safeHref } from './safe-url'

/** The host a web link points to ("zoom.us"), or null when the value is not a safe http(s) URL. */
export function urlHost(value: string | null | undefined) {
  const href = safeHref(value, WEB_PROTOCOLS)
  if (!href) return null
  return new URL(href).hostname.replace(/^www\./i, '') || null
}
