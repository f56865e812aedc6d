import type { Virtualizer } from '@tanstack/react-virtual'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { observeRectAfterLayout, scrollUnlessAtTop } from './virtualizer-after-layout'

function listAt(scrollOffset: number | null) {
  const scroller = document.createElement('div')
  const scrollTo = vi.fn()
  scroller.scrollTo = scrollTo
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
