import fc from 'fast-check'
import { findActiveSegment } from './active-segment'

/** The plain definition: the last segment starting at or before `time`; no segment for a time that is not a moment. */
function lastStartedBy(starts: Float64Array, time: number) {
  return Number.isFinite(time) ? starts.findLastIndex((start) => start <= time) : -1
}

const sortedStarts = fc.array(fc.double({ noNaN: true }), { maxLength: 40 }).map((starts) => Float64Array.from(starts).sort())

// Times are often exactly a start, where an off-by-one would hide.
const startsAndTime = sortedStarts.chain((starts) =>
  fc.tuple(fc.constant(starts), starts.length > 0 ? fc.oneof(fc.double(), fc.constantFrom(...starts)) : fc.double()),
)

describe(findActiveSegment.name, () => {
  it('agrees with a linear scan for any sorted starts and any time', () => {
    fc.assert(
      fc.property(startsAndTime, ([starts, time]) => {
        expect(findActiveSegment(starts, time)).toBe(lastStartedBy(starts, time))
      }),
    )
  })
})
