import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual'

// The virtualizer's defaults read the scroller's size and write its scroll position as the list mounts: either
// one lays out the whole new page inside the commit that puts it on screen. These two wait for the layout instead.

/** The scroller's size as its resize observer reports it after layout; until then the virtualizer keeps `initialRect`. */
export function observeRectAfterLayout(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  const scroller = instance.scrollElement
  if (!scroller || typeof ResizeObserver === 'undefined') return
  const observer = new ResizeObserver(() => onRect({ width: scroller.clientWidth, height: scroller.clientHeight }))
  observer.observe(scroller)
  return () => observer.disconnect()
}

/** Scrolls as the virtualizer's default does, but skips writing the top to a list it knows is already there. */
export const scrollUnlessAtTop: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return
  elementScroll(offset, options, instance)
}
