const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `90m`, `12h`, `7d`, `3600s` or plain seconds, in milliseconds; null when it is none of them. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim().toLowerCase())
  if (!match) return null
  return Number(match[1]) * UNITS[match[2] || 's']!
}
