/** A segment as read from the API: times are finite numbers or null, read once. */
export type RawSegment = {
  start: number | null
  end: number | null
  speaker: string | null
  text: string
}

export type Segment = Omit<RawSegment, 'start' | 'end'> & {
  start: number
  end: number
  /** False when the API gave no start time, so the row should not offer to seek. */
  timed: boolean
}

/**
 * Orders segments by start time and repairs their times without dropping any text:
 * a missing (or non-finite) start inherits the one before it, negatives clamp to
 * zero, and a missing or backwards end becomes the next start (or the segment's own start).
 */
export function normalizeSegments(segments: RawSegment[]): Segment[] {
  let previousStart = 0
  const withStarts = segments.map((segment) => {
    const start = segment.start === null ? previousStart : Math.max(0, segment.start)
    previousStart = start
    return { segment, start, timed: segment.start !== null }
  })
  const sorted = withStarts.toSorted((a, b) => a.start - b.start)
  return sorted.map(({ segment, start, timed }, index) => {
    const { end } = segment
    const nextStart = sorted[index + 1]?.start ?? start
    // Built field by field: an object spread is several times slower, and a long call has ten thousand segments.
    return {
      start,
      end: end !== null && end >= start ? end : Math.max(start, nextStart),
      speaker: segment.speaker,
      text: segment.text,
      timed,
    }
  })
}
