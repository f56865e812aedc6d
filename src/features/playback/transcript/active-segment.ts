/**
 * The index of the segment being spoken at `time`: the last one whose start is
 * at or before it, found by binary search over sorted start times. Before the
 * first start it is -1. Overlaps resolve to the later start; gaps keep the
 * segment that was spoken last.
 */
export function findActiveSegment(starts: ArrayLike<number>, time: number) {
  if (!Number.isFinite(time)) return -1
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (starts[middle]! <= time) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}
