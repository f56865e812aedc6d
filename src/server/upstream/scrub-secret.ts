const REDACTED = '[redacted]'

/** Replaces every occurrence of `secret` in a text. */
export function scrubText(text: string, secret: string) {
  return secret && text.includes(secret) ? text.replaceAll(secret, REDACTED) : text
}

/**
 * A JSON body with every string (and key) holding `secret` redacted, or null
 * when there was nothing to redact. The parsed value is searched, so an escaped
 * spelling such as `\u0061ura_pk…` is caught too; a text with neither the
 * secret nor an escape that could spell it is let through unsearched.
 */
export function scrubJson(text: string, parsed: unknown, secret: string): string | null {
  const couldHoldSecret = text.includes(secret) || /\\[u/]/.test(text)
  return couldHoldSecret && holdsSecret(parsed, secret) ? JSON.stringify(redact(parsed, secret)) : null
}

function holdsSecret(value: unknown, secret: string): boolean {
  if (typeof value === 'string') return value.includes(secret)
  if (Array.isArray(value)) return value.some((item) => holdsSecret(item, secret))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => key.includes(secret) || holdsSecret(item, secret))
  }
  return false
}

function redact(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return scrubText(value, secret)
  if (Array.isArray(value)) return value.map((item) => redact(item, secret))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrubText(key, secret), redact(item, secret)]))
  }
  return value
}
