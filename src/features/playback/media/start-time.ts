/**
 * Reads a shared start position: plain seconds (`754`, `754.5`) or `12:34` /
 * `1:02:03`. Anything else is ignored (null), never an error.
 */
export function parseStartTime(value: string | null) {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed)
  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(trimmed)
  if (!clock) return null
  const [, hours = '0', minutes = '0', seconds = '0'] = clock
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)
}
