import type { Virtualizer } from '@tanstack/react-virtual'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { observeOffsetAndOwnWrites, observeRectAfterLayout, scrollUnlessAtTop } from './virtualizer-after-layout'

/** A list scrolled to `scrollOffset`, whose scroller lands a write no further than `maxScrollTop`. */
function listAt(scrollOffset: number | null, maxScrollTop = 10_000) {
  const scroller = document.createElement('div')
  let scrollTop = scrollOffset ?? 0
  Object.defineProperty(scroller, 'scrollTop', { get: () => scrollTop })
  const scrollTo = vi.fn(({ top }: { top: number }) => (scrollTop = Math.min(top, maxScrollTop)))
  scroller.scrollTo = scrollTo as unknown as typeof scroller.scrollTo
  const instance = { scrollElement: scroller, scrollOffset, options: { horizontal: false } } as unknown as Virtualizer<HTMLDivElement, Element>
  return { instance, scrollTo, scroller }
}

afterEach(() => vi.unstubAllGlobals())

describe(scrollUnlessAtTop.name, () => {
  it('writes nothing when the list is at the top and asked to stay there', () => {
    const { instance, scrollTo } = listAt(0)
    scrollUnlessAtTop(0, { adjustments: 0 }, instance)
    expect(scrollTo).not.toHaveBeenCalled()
  })

  it('scrolls to any other place, and back to the top from elsewhere', () => {
    const { instance, scrollTo } = listAt(0)
    scrollUnlessAtTop(120, { adjustments: 8 }, instance)
    expect(scrollTo).toHaveBeenCalledWith({ top: 128, behavior: undefined })
    const scrolled = listAt(300)
    scrollUnlessAtTop(0, {}, scrolled.instance)
    expect(scrolled.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: undefined })
  })
})

describe(observeOffsetAndOwnWrites.name, () => {
  function observedList(maxScrollTop?: number) {
    const list = listAt(300, maxScrollTop)
    const onOffset = vi.fn()
    const stop = observeOffsetAndOwnWrites(list.instance, onOffset)
    return { ...list, onOffset, stop }
  }

  it('tells the virtualizer at once where a jump of the list’s own landed, before any scroll event', () => {
    const { instance, onOffset } = observedList()
    scrollUnlessAtTop(5_200, {}, instance)
    expect(onOffset).toHaveBeenCalledExactlyOnceWith(5_200, false)
  })

  it('leaves an adjustment, a smooth scroll and a write the browser clamps to the scroll event', () => {
    const { instance, onOffset } = observedList(4_000)
    scrollUnlessAtTop(300, { adjustments: 12 }, instance)
    scrollUnlessAtTop(2_000, { behavior: 'smooth' }, instance)
    scrollUnlessAtTop(5_200, {}, instance)
    expect(onOffset).not.toHaveBeenCalled()
  })

  it('tells nothing once the virtualizer stops listening', () => {
    const { instance, onOffset, stop } = observedList()
    stop?.()
    scrollUnlessAtTop(5_200, {}, instance)
    expect(onOffset).not.toHaveBeenCalled()
  })
})

describe(observeRectAfterLayout.name, () => {
  it('reports the scroller’s size when its resize observer does, and stops when asked', () => {
    let report = () => {}
    const disconnect = vi.fn()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          report = callback
        }
        observe() {}
        disconnect = disconnect
      },
    )
    const { instance } = listAt(0)
    const onRect = vi.fn()
    const stop = observeRectAfterLayout(instance, onRect)
    expect(onRect).not.toHaveBeenCalled()
    report()
    expect(onRect).toHaveBeenCalledWith({ width: 800, height: 600 })
    stop?.()
    expect(disconnect).toHaveBeenCalled()
  })
})
