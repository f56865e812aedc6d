import fc from 'fast-check'
import { formatTimeRange, parseTimeRange } from './time-range'

/** Whole milliseconds, as a link carries them. */
const seconds = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((ms) => ms / 1000)
const callEnd = fc.integer({ min: 1, max: 4 * 3600 })

describe('shared ranges', () => {
  it('read back exactly what a link wrote, for any range inside the call', () => {
    const inside = callEnd.chain((end) => fc.tuple(fc.constant(end), seconds(end), seconds(end)))
    fc.assert(
      fc.property(inside, ([end, a, b]) => {
        fc.pre(a !== b)
        const range = { start: Math.min(a, b), end: Math.max(a, b) }
        expect(parseTimeRange(formatTimeRange(range), end)).toEqual(range)
      }),
    )
  })

  it('read a clock range as its seconds', () => {
    const clock = (total: number) => `${Math.floor(total / 3600)}:${String(Math.floor(total / 60) % 60).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (start, length) => {
        expect(parseTimeRange(`${clock(start)}-${clock(start + length)}`, 20000)).toEqual({ start, end: start + length })
      }),
    )
  })

  it('ignore a reversed or empty range', () => {
    fc.assert(
      fc.property(seconds(5000), seconds(5000), (a, b) => {
        expect(parseTimeRange(formatTimeRange({ start: Math.max(a, b), end: Math.min(a, b) }), 10000)).toBeNull()
      }),
    )
  })

  it('ignore a range starting at or past the end of the call, and stop one running past it at the end', () => {
    fc.assert(
      fc.property(callEnd, seconds(10000), seconds(10000), (end, a, b) => {
        fc.pre(a < b)
        const parsed = parseTimeRange(formatTimeRange({ start: a, end: b }), end)
        expect(parsed).toEqual(a < end ? { start: a, end: Math.min(b, end) } : null)
      }),
    )
  })

  it('never throw, whatever the address holds', () => {
    const nearlyRanges = fc.string({ unit: fc.constantFrom(...'0123456789:.- e'), maxLength: 24 })
    fc.assert(
      fc.property(fc.option(fc.oneof(nearlyRanges, fc.string())), fc.double(), (value, end) => {
        const parsed = parseTimeRange(value, end)
        expect(parsed === null || parsed.start < parsed.end).toBe(true)
      }),
    )
  })
})
