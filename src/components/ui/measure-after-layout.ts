import type { Virtualizer } from '@tanstack/react-virtual'

/**
 * A virtualized row's height as the virtualizer's resize observer reports it, once the browser has laid the
 * row out. A row just mounted has no report yet and keeps the size already known for it (the estimate for a
 * new one) until the report comes: reading it then would lay out the whole changed page inside the commit.
 * Where there is no resize observer, no report will come, and the height is read at once.
 */
export function measureAfterLayout(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>) {
  const box = entry?.borderBoxSize[0]
  if (box) return Math.round(box.blockSize)
  if (typeof ResizeObserver === 'undefined') return (element as HTMLElement).offsetHeight
  const index = instance.indexFromElement(element)
  return instance.measurementsCache[index]?.size ?? instance.options.estimateSize(index)
}
