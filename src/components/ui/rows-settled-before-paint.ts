import type { Virtualizer } from '@tanstack/react-virtual'
import { useReducer, useState } from 'react'
import { flushSync } from 'react-dom'
import { measureAfterLayout } from './measure-after-layout'

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>

/**
 * Virtualizer options that take rows' heights from the resize observer's report, after the browser's own layout,
 * and still paint every frame with its rows where they belong. Mounting rows then lays nothing out inside the
 * commit (a far seek in a long call took one task of 35–75 ms for it). The observer reports before the paint, so
 * the list renders again there and then, rather than in a later task; and a row just scrolled to is scrolled to
 * again once the rows around it have their heights, as they may have pushed it out of view.
 */
export function useRowsSettledBeforePaint() {
  const [, renderNow] = useReducer((renders: number) => renders + 1, 0)
  const [settle] = useState(() => {
    let measuredByObserver = false
    let scrolledTo: { row: number } | null = null
    return {
      measureElement: (element: Element, entry: ResizeObserverEntry | undefined, instance: ListVirtualizer) => {
        if (entry && !measuredByObserver) {
          measuredByObserver = true
          // The virtualizer reports the new heights at the end of the observer's callback, before microtasks run.
          queueMicrotask(() => (measuredByObserver = false))
        }
        return measureAfterLayout(element, entry, instance)
      },
      onChange: (instance: ListVirtualizer) => {
        if (!measuredByObserver) return
        measuredByObserver = false
        if (scrolledTo) instance.scrollToIndex(scrolledTo.row, { align: 'auto' })
        scrolledTo = null
        flushSync(renderNow)
      },
      /** Scrolls `row` into view, and again in the coming frame's resize observer report, if there is one. */
      scrollToIndex: (instance: ListVirtualizer, row: number) => {
        instance.scrollToIndex(row, { align: 'auto' })
        const request = { row }
        scrolledTo = request
        requestAnimationFrame(() => requestAnimationFrame(() => scrolledTo === request && (scrolledTo = null)))
      },
    }
  })
  return settle
}
