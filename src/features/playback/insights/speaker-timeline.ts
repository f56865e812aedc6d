import type { Segment } from '@/entities/call/normalize-segments'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import type { SkipRange } from '@/features/playback/focus/skip-ranges'

export type TimelineBand = { from: number; to: number; speaker: Speaker }

const BUCKETS = 240

/**
 * Who speaks when, as at most a few hundred bands: the call is cut into equal
 * buckets, each goes to the speaker who talks most in it, and equal
 * neighbours merge. Positions are fractions of the duration.
 */
export function buildTimelineBands(segments: readonly Segment[], speakerOf: readonly Speaker[], durationSeconds: number): TimelineBand[] {
  if (!(durationSeconds > 0) || segments.length === 0) return []
  const bucketLength = durationSeconds / BUCKETS
  const speakers = [...new Set(speakerOf)]
  const column = new Map(speakers.map((speaker, index) => [speaker, index]))
  // Seconds of talk per bucket and speaker, one row of columns per bucket: a 3-hour call has over 10,000 segments.
  const talk = new Float64Array(BUCKETS * speakers.length)
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!
    if (!segment.timed || segment.end <= segment.start) continue
    const speakerColumn = column.get(speakerOf[index]!)!
    const first = Math.min(BUCKETS - 1, Math.floor(segment.start / bucketLength))
    const last = Math.min(BUCKETS - 1, Math.floor(segment.end / bucketLength))
    for (let bucket = first; bucket <= last; bucket += 1) {
      const overlap = Math.min(segment.end, (bucket + 1) * bucketLength) - Math.max(segment.start, bucket * bucketLength)
      if (overlap > 0) talk[bucket * speakers.length + speakerColumn]! += overlap
    }
  }

  const bands: TimelineBand[] = []
  for (let bucket = 0; bucket < BUCKETS; bucket += 1) {
    const top = topSpeaker(talk.subarray(bucket * speakers.length, (bucket + 1) * speakers.length))
    if (top === null) continue
    const speaker = speakers[top]!
    const from = bucket / BUCKETS
    const previous = bands.at(-1)
    if (previous && previous.speaker === speaker && Math.abs(previous.to - from) < 1e-9) previous.to = (bucket + 1) / BUCKETS
    else bands.push({ from, to: (bucket + 1) / BUCKETS, speaker })
  }
  return bands
}

/** The column with the most talk, the first on a tie; null when nobody talks. */
function topSpeaker(talkBySpeaker: Float64Array) {
  let top: number | null = null
  let most = 0
  for (let column = 0; column < talkBySpeaker.length; column += 1) {
    if (talkBySpeaker[column]! > most) [top, most] = [column, talkBySpeaker[column]!]
  }
  return top
}

/**
 * The bands as one SVG path per speaker, in order of first band: a few elements for the browser to style and lay
 * out where one per band made up a third of the page's first render.
 */
export function speakerPaths(bands: readonly TimelineBand[]) {
  const bySpeaker = new Map<Speaker, SkipRange[]>()
  for (const band of bands) {
    const stretches = bySpeaker.get(band.speaker) ?? []
    stretches.push({ start: band.from, end: band.to })
    bySpeaker.set(band.speaker, stretches)
  }
  return Array.from(bySpeaker, ([speaker, stretches]) => ({ speaker, path: stretchesPath(stretches, PATH_WIDTH) }))
}

/** Path units across the bar: stretches closer than half a unit apart are drawn as one, as no screen tells them apart. */
export const PATH_WIDTH = 1000

/** Stretches of the recording as one SVG path across the bar, `scale` path units to the second. */
export function stretchesPath(stretches: readonly SkipRange[], scale: number) {
  const drawn: [number, number][] = []
  for (const stretch of stretches) {
    const [start, end] = [stretch.start * scale, Math.min(stretch.end * scale, PATH_WIDTH)]
    const last = drawn.at(-1)
    if (last && start - last[1] < 0.5) last[1] = Math.max(last[1], end)
    else drawn.push([start, end])
  }
  return drawn.map(([start, end]) => `M${start.toFixed(1)} 0H${end.toFixed(1)}V1H${start.toFixed(1)}Z`).join('')
}
