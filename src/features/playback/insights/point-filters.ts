import type { PointKind, PointOfInterest } from './points-of-interest'

export type PointFilter = {
  /** The kinds to show, or null for all of them. */
  kinds: ReadonlySet<PointKind> | null
  /** A speaker's key, or null for everyone. */
  speakerKey: string | null
}

/** The points a filter keeps, in the order given. */
export function filterPoints(points: readonly PointOfInterest[], { kinds, speakerKey }: PointFilter) {
  return points.filter((point) => (kinds === null || kinds.has(point.kind)) && (speakerKey === null || point.speaker.key === speakerKey))
}

/**
 * How far past a point playback may be and still be "at" it: after a jump the
 * clock reads a little past the point, and pressing next again should move on.
 */
export const SAME_POINT_SECONDS = 0.25

/**
 * The nearest timed point starting after `currentTime` (direction 1) or before it
 * (-1), beyond the tolerance; the first listed when several start together, and
 * null when there is none (or the time is not a number).
 */
export function nextPoint(points: readonly PointOfInterest[], currentTime: number, direction: 1 | -1): PointOfInterest | null {
  let best: PointOfInterest | null = null
  for (const point of points) {
    if (!point.timed) continue
    const isBeyond = direction === 1 ? point.start > currentTime + SAME_POINT_SECONDS : point.start < currentTime - SAME_POINT_SECONDS
    const isNearer = best === null || (direction === 1 ? point.start < best.start : point.start > best.start)
    if (isBeyond && isNearer) best = point
  }
  return best
}
