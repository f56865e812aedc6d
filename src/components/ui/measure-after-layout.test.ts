import type { Virtualizer } from '@tanstack/react-virtual'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { measureAfterLayout } from './measure-after-layout'

function virtualizerKnowing(sizes: number[]) {
  return {
    indexFromElement: (element: Element) => Number(element.getAttribute('data-index')),
    measurementsCache: sizes.map((size, index) => ({ index, size })),
    options: { estimateSize: () => 44 },
  } as unknown as Virtualizer<HTMLDivElement, Element>
}

function row(index: number) {
  const element = document.createElement('li')
  element.setAttribute('data-index', String(index))
  return element
}

describe(measureAfterLayout.name, () => {
  it('takes the height the resize observer reports', () => {
    const entry = { borderBoxSize: [{ blockSize: 61.6, inlineSize: 300 }] } as unknown as ResizeObserverEntry
    expect(measureAfterLayout(row(0), entry, virtualizerKnowing([44]))).toBe(62)
  })

  describe('in a browser with a resize observer, before its report', () => {
    beforeEach(() => vi.stubGlobal('ResizeObserver', class {}))
    afterEach(() => vi.unstubAllGlobals())

    it('keeps the height known for a row mounting again, without reading its layout', () => {
      expect(measureAfterLayout(row(1), undefined, virtualizerKnowing([44, 88]))).toBe(88)
    })

    it('gives a row never measured the estimate', () => {
      expect(measureAfterLayout(row(5), undefined, virtualizerKnowing([]))).toBe(44)
    })
  })

  it('reads the height at once where no resize observer will report it', () => {
    const element = row(5)
    Object.defineProperty(element, 'offsetHeight', { value: 73 })
    expect(measureAfterLayout(element, undefined, virtualizerKnowing([]))).toBe(73)
  })
})
