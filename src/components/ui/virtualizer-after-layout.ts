import { elementScroll, observeElementOffset, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual'

// The virtualizer's defaults read the scroller's size and write its scroll position as the list mounts: either
// one lays out the whole new page inside the commit that puts it on screen. These wait for the layout instead.
// They also tell the virtualizer at once where its own writes land, rather than when the scroll event comes.

type ListOptions = VirtualizerOptions<HTMLDivElement, Element>
type OnOffset = (offset: number, isScrolling: boolean) => void

/** The scroller's size as its resize observer reports it after layout; until then the virtualizer keeps `initialRect`. */
export function observeRectAfterLayout(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  const scroller = instance.scrollElement
  if (!scroller || typeof ResizeObserver === 'undefined') return
  const observer = new ResizeObserver(() => onRect({ width: scroller.clientWidth, height: scroller.clientHeight }))
  observer.observe(scroller)
  return () => observer.disconnect()
}

const offsetListeners = new WeakMap<object, OnOffset>()

/** The virtualizer's own scroll listener, kept where `scrollUnlessAtTop` can find it. */
export const observeOffsetAndOwnWrites: ListOptions['observeElementOffset'] = (instance, onOffset) => {
  offsetListeners.set(instance, onOffset)
  const stop = observeElementOffset(instance, onOffset)
  return () => {
    offsetListeners.delete(instance)
    stop?.()
  }
}

/**
 * Scrolls as the virtualizer's default does, but skips writing the top to a list it knows is already there. A jump
 * it makes is reported at once: the scroll event only comes with the next frame, and the rows at the new place
 * would then be rendered inside that frame, instead of in the time before it. A write that moves rows already on
 * screen (an adjustment), a smooth scroll and a write the browser clamps are left to the scroll event.
 */
export const scrollUnlessAtTop: ListOptions['scrollToFn'] = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return
  elementScroll(offset, options, instance)
  const scroller = instance.scrollElement
  if (!scroller || options.adjustments || options.behavior === 'smooth') return
  const landed = scroller.scrollTop
  if (Math.abs(landed - offset) < 1.5) offsetListeners.get(instance)?.(landed, false)
}
