import { afterEach, describe, expect, it } from 'vitest'
import { firstViewMeasurements, forgetFirstViewRowHeights, rememberFirstViewRowHeights } from './first-view-row-heights'

afterEach(() => forgetFirstViewRowHeights())

describe('the first view’s row heights', () => {
  it('become the list’s first rows, one after another', () => {
    rememberFirstViewRowHeights('call-1', [52, 72, 92])
    expect(firstViewMeasurements('call-1')).toEqual([
      { index: 0, key: 0, start: 0, size: 52, end: 52, lane: 0 },
      { index: 1, key: 1, start: 52, size: 72, end: 124, lane: 0 },
      { index: 2, key: 2, start: 124, size: 92, end: 216, lane: 0 },
    ])
  })

  it('are for the call they were read from only, and only until forgotten', () => {
    rememberFirstViewRowHeights('call-1', [52])
    expect(firstViewMeasurements('call-2')).toEqual([])
    forgetFirstViewRowHeights()
    expect(firstViewMeasurements('call-1')).toEqual([])
  })
})
