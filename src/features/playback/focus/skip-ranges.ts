import type { Segment } from '@/entities/call/normalize-segments'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'

/** A stretch of the recording focused listening passes over: from `start` (inclusive) to `end`. */
export type SkipRange = { start: number; end: number }

export type ListeningFocus = {
  /** Play only this speaker's segments; null for everyone. */
  speakerKey: string | null
  skipSilences: boolean
  /** A gap without speech longer than this is skipped. */
  silenceSeconds: number
}

/** Speech kept on each side of a skipped silence, so words are not clipped. */
const SILENCE_MARGIN_SECONDS = 0.3

/**
 * What focused listening passes over, sorted and disjoint: the other speakers' segments (except where the chosen
 * speaker talks over them) and, when asked, silences longer than the threshold. Untimed segments have no place
 * in the recording and are left out.
 */
export function skipRanges(
  segments: readonly Segment[],
  speakerOf: readonly Speaker[],
  durationSeconds: number,
  { speakerKey, skipSilences, silenceSeconds }: ListeningFocus,
): SkipRange[] {
  if (speakerKey === null && !skipSilences) return []
  const timed = segments.flatMap((segment, index) => (segment.timed && segment.end > segment.start ? [{ segment, speaker: speakerOf[index] }] : []))
  const skips: SkipRange[] = []
  if (speakerKey !== null) {
    const others = merge(timed.filter(({ speaker }) => speaker?.key !== speakerKey).map(({ segment }) => ({ start: segment.start, end: segment.end })))
    const chosen = merge(timed.filter(({ speaker }) => speaker?.key === speakerKey).map(({ segment }) => ({ start: segment.start, end: segment.end })))
    skips.push(...subtract(others, chosen))
  }
  if (skipSilences) {
    const speech = merge(timed.map(({ segment }) => ({ start: segment.start, end: segment.end })))
    let heardUntil = 0
    for (const spoken of [...speech, { start: durationSeconds, end: durationSeconds }]) {
      if (spoken.start - heardUntil > silenceSeconds) {
        skips.push({ start: heardUntil + SILENCE_MARGIN_SECONDS, end: spoken.start - SILENCE_MARGIN_SECONDS })
      }
      heardUntil = Math.max(heardUntil, spoken.end)
    }
  }
  return merge(skips)
}

/** The skip `seconds` falls in, or null. */
export function skipAt(skips: readonly SkipRange[], seconds: number): SkipRange | null {
  let low = 0
  let high = skips.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const skip = skips[middle]!
    if (seconds < skip.start) high = middle - 1
    else if (seconds >= skip.end) low = middle + 1
    else return skip
  }
  return null
}

/** How much of the recording focused listening plays. */
export function listenedSeconds(durationSeconds: number, skips: readonly SkipRange[]) {
  const skipped = skips.reduce((total, skip) => total + Math.max(0, Math.min(skip.end, durationSeconds) - Math.max(skip.start, 0)), 0)
  return Math.max(0, durationSeconds - skipped)
}

function merge(ranges: readonly SkipRange[]): SkipRange[] {
  const merged: SkipRange[] = []
  for (const range of ranges.toSorted((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else if (range.end > range.start) merged.push({ ...range })
  }
  return merged
}

/** `ranges` without what `removed` covers; both sorted and disjoint. */
function subtract(ranges: readonly SkipRange[], removed: readonly SkipRange[]): SkipRange[] {
  const left: SkipRange[] = []
  let cut = 0
  for (const range of ranges) {
    let start = range.start
    while (cut < removed.length && removed[cut]!.end <= start) cut += 1
    for (let index = cut; index < removed.length && removed[index]!.start < range.end; index += 1) {
      if (removed[index]!.start > start) left.push({ start, end: removed[index]!.start })
      start = Math.max(start, removed[index]!.end)
    }
    if (start < range.end) left.push({ start, end: range.end })
  }
  return left
}
