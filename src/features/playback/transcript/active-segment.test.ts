import { findActiveSegment } from './active-segment'

describe(findActiveSegment.name, () => {
  const starts = [0, 4, 4, 10, 30]

  it.each([
    [-1, -1],
    [0, 0],
    [3.99, 0],
    [4, 2],
    [9.5, 2],
    [10, 3],
    [29, 3],
    [30, 4],
    [10_000, 4],
    [Number.NaN, -1],
  ])('at %s s is segment %s', (time, expected) => {
    expect(findActiveSegment(starts, time)).toBe(expected)
  })

  it('finds nothing in an empty transcript', () => {
    expect(findActiveSegment([], 5)).toBe(-1)
  })

  it('is -1 before the first segment starts', () => {
    expect(findActiveSegment([2.5, 6], 1)).toBe(-1)
  })

  it('scales to long calls', () => {
    const many = Float64Array.from({ length: 20_000 }, (_, index) => index * 0.5)
    expect(findActiveSegment(many, 7_777.3)).toBe(15_554)
  })
})
