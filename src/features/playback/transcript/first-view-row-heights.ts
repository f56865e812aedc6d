import type { VirtualItem } from '@tanstack/react-virtual'

let measured: { callId: string; heights: readonly number[] } | null = null

/**
 * The heights of the transcript rows in the server's first view of a call, read as the app takes over. The app's
 * rows are built to the same size, so its list starts with them known: mounting its rows then needs no layout of
 * the whole new page to measure them, inside the commit that puts them on screen.
 */
export function rememberFirstViewRowHeights(callId: string, heights: readonly number[]) {
  measured = { callId, heights }
}

/** The rows' sizes as the virtualizer takes them, for the call whose first view they came from; empty otherwise. */
export function firstViewMeasurements(callId: string): VirtualItem[] {
  if (measured?.callId !== callId) return []
  let start = 0
  return measured.heights.map((size, index) => {
    const item = { index, key: index, start, size, end: start + size, lane: 0 }
    start += size
    return item
  })
}

/** Once the list has mounted, its own measurements take over: the heights fit only the width they were read at. */
export function forgetFirstViewRowHeights() {
  measured = null
}
