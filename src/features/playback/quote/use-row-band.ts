import type { Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect } from 'react'
import type { RowSpan } from './range-rows'

/**
 * Draws one band behind a run of rows, placed from the list's row measurements: marking a range costs the same
 * for three rows or three thousand, and the rows themselves never re-render for it. The band is decoration, so it
 * is added to the scroller beside the list rather than rendered into it.
 */
export function useRowBand(virtualizer: Virtualizer<HTMLDivElement, Element>, span: RowSpan | null, className: string) {
  const scroller = virtualizer.scrollElement
  const rows = virtualizer.measurementsCache
  const top = span ? (rows[span.first]?.start ?? 0) : 0
  const height = span ? (rows[span.last]?.end ?? top) - top : 0
  useLayoutEffect(() => {
    if (!scroller || height <= 0) return
    const band = document.createElement('div')
    band.className = `pointer-events-none absolute inset-x-0 -z-10 rounded-md ${className}`
    band.setAttribute('aria-hidden', 'true')
    band.style.top = `${top}px`
    band.style.height = `${height}px`
    scroller.append(band)
    return () => band.remove()
  }, [scroller, top, height, className])
}
