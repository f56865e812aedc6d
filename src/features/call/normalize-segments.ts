type RawSegment = {
  start: number | null
  end: number | null
  speaker: string | null
  text: string
  extra: Record<string, unknown>
}

export type Segment = Omit<RawSegment, 'start' | 'end'> & {
  start: number
  end: number
  /** False when the API gave no start time, so the row should not offer to seek. */
  timed: boolean
}

/**
 * Orders segments by start time and repairs their times without dropping any text:
 * a missing start inherits the one before it, negatives clamp to zero, and a
 * missing or backwards end becomes the next start (or the segment's own start).
 */
export function normalizeSegments(segments: RawSegment[]): Segment[] {
  let previousStart = 0
  const withStarts = segments.map((segment) => {
    const timed = segment.start !== null
    const start = timed ? Math.max(0, segment.start ?? 0) : previousStart
    previousStart = start
    return { ...segment, start, timed }
  })
  const sorted = withStarts.toSorted((a, b) => a.start - b.start)
  return sorted.map((segment, index) => {
    const nextStart = sorted[index + 1]?.start ?? segment.start
    const end = segment.end !== null && segment.end >= segment.start ? segment.end : Math.max(segment.start, nextStart)
    return { ...segment, end }
  })
}
