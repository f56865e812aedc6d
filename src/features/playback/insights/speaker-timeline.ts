import type { Segment } from '@/entities/call/normalize-segments'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'

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
  const talk = Array.from({ length: BUCKETS }, () => new Map<Speaker, number>())

  segments.forEach((segment, index) => {
    if (!segment.timed || segment.end <= segment.start) return
    const speaker = speakerOf[index]!
    const first = Math.min(BUCKETS - 1, Math.floor(segment.start / bucketLength))
    const last = Math.min(BUCKETS - 1, Math.floor(segment.end / bucketLength))
    for (let bucket = first; bucket <= last; bucket += 1) {
      const overlap = Math.min(segment.end, (bucket + 1) * bucketLength) - Math.max(segment.start, bucket * bucketLength)
      if (overlap > 0) talk[bucket]!.set(speaker, (talk[bucket]!.get(speaker) ?? 0) + overlap)
    }
  })

  const bands: TimelineBand[] = []
  talk.forEach((bySpeaker, bucket) => {
    const top = [...bySpeaker.entries()].sort((a, b) => b[1] - a[1])[0]
    if (!top) return
    const from = bucket / BUCKETS
    const previous = bands.at(-1)
    if (previous && previous.speaker === top[0] && Math.abs(previous.to - from) < 1e-9) previous.to = (bucket + 1) / BUCKETS
    else bands.push({ from, to: (bucket + 1) / BUCKETS, speaker: top[0] })
  })
  return bands
}
