import type { TimeRange } from './time-range'

/** Rows of a list, first to last, both included. */
export type RowSpan = { first: number; last: number }

/**
 * The rows heard in a range: those starting inside it, and the one before them if it is still being spoken
 * when the range starts. `starts` are the rows' start times, sorted; `endOf` gives a row's end. Two binary
 * searches, so a 10,000-row transcript costs no more than a short one. Null when no row is heard.
 */
export function rowsInRange(starts: ArrayLike<number>, endOf: (row: number) => number, { start, end }: TimeRange): RowSpan | null {
  let first = firstStartingAt(starts, start)
  if (first > 0 && endOf(first - 1) > start) first -= 1
  const last = firstStartingAt(starts, end) - 1
  return first <= last ? { first, last } : null
}

/** The first row starting at or after `time`, or the row count when none does. */
function firstStartingAt(starts: ArrayLike<number>, time: number) {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (starts[middle]! < time) low = middle + 1
    else high = middle
  }
  return low
}
