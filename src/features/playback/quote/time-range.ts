import { parseStartTime } from '@/features/playback/media/start-time'
import { callLink } from '@/lib/url/share-link'
import { formatTimestamp } from '@/lib/format/format'

/** A stretch of the call, in seconds: `start` before `end`. */
export type TimeRange = { start: number; end: number }

/**
 * Reads a shared range, `754-812` or `12:34-13:32` (each side as a `?t=` moment), in a call that ends at
 * `callEnd` seconds. A malformed, reversed or empty range, or one starting at or past the call's end, is
 * ignored (null), never an error. One that starts inside the call but runs past its end stops at the end.
 */
export function parseTimeRange(value: string | null, callEnd: number): TimeRange | null {
  const sides = value?.split('-')
  if (sides?.length !== 2) return null
  const start = parseStartTime(sides[0]!)
  const end = parseStartTime(sides[1]!)
  if (start === null || end === null || !(start < end && start < callEnd)) return null
  return { start, end: Math.min(end, callEnd) }
}

/** `754.5-811.4`: the range as `?t=` carries it, to the millisecond, so a quote's link finds its own segments. */
export function formatTimeRange({ start, end }: TimeRange) {
  return `${toMilliseconds(start)}-${toMilliseconds(end)}`
}

/** The call's address opening on a range. */
export function rangeLink(callId: string, range: TimeRange) {
  const url = new URL(callLink(callId))
  url.searchParams.set('t', formatTimeRange(range))
  return url.href
}

function toMilliseconds(seconds: number) {
  return String(Math.round(seconds * 1000) / 1000)
}

/** `12:34–13:32`, on the clock the transcript uses for a call `guideSeconds` long. */
export function formatRangeLabel({ start, end }: TimeRange, guideSeconds: number) {
  return `${formatTimestamp(start, guideSeconds)}–${formatTimestamp(end, guideSeconds)}`
}
