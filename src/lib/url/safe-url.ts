const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The one gate every `href` from the API passes through: http(s), mailto and tel
 * links come back normalized; anything else (javascript:, data:, relative
 * paths, garbage) comes back as null and is shown as plain text.
 */
export function safeHref(
  value: string | null | undefined,
  allowed: ReadonlySet<string> = ALLOWED_PROTOCOLS,
  /** Resolves relative URLs (only for same-origin resources such as media). */
  base?: string,
) {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  if (!base && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null
  try {
    const url = new URL(trimmed, base)
    if (!allowed.has(url.protocol)) return null
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null
    return url.href
  } catch {
    return null
  }
}

export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:'])
