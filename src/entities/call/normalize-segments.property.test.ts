import fc from 'fast-check'
import { anyJson, CALL_ID, rawSegment } from '../../../test/arbitraries'
import { normalizeCall } from './call-schema'
import { normalizeSegments, type Segment } from './normalize-segments'

/** Segments as sent, repeated and shuffled so that duplicates and overlaps are common, with some entries that are not segments at all. */
const segmentList = fc
  .array(rawSegment, { minLength: 1, maxLength: 6 })
  .chain((pool) => fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: anyJson }), { maxLength: 20 }))

/** Times as the reader hands them over: finite or null (non-finite ones are covered above, through the reader). */
const repairedTime = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })
const rawSegments = fc.array(
  fc.record({ start: repairedTime, end: repairedTime, speaker: fc.option(fc.string(), { nil: null }), text: fc.string() }),
  { maxLength: 20 },
)

function expectWellFormed(segments: Segment[]) {
  segments.forEach((segment, index) => {
    expect(Number.isFinite(segment.start) && segment.start >= 0).toBe(true)
    expect(Number.isFinite(segment.end) && segment.end >= segment.start).toBe(true)
    expect(segment.start).toBeGreaterThanOrEqual(segments[index - 1]?.start ?? 0)
  })
}

const sortedTexts = (texts: string[]) => texts.toSorted()

describe(normalizeSegments.name, () => {
  it('keeps every text and repairs every time, whatever the transcript holds', () => {
    fc.assert(
      fc.property(segmentList, (sent) => {
        const segments = normalizeCall({ id: CALL_ID, transcript_data: { segments: sent } }).transcript?.segments ?? []
        const sentTexts = sent.flatMap((entry) => {
          const isSegment = typeof entry === 'object' && entry !== null && !Array.isArray(entry)
          return isSegment && typeof entry.text === 'string' && entry.text.trim() !== '' ? [entry.text] : []
        })
        expect(sortedTexts(segments.map((segment) => segment.text))).toEqual(sortedTexts(sentTexts))
        expectWellFormed(segments)
      }),
    )
  }, 60_000)

  it('keeps every segment and repairs every time, for any numbers', () => {
    fc.assert(
      fc.property(rawSegments, (raw) => {
        const segments = normalizeSegments(raw)
        expect(sortedTexts(segments.map((segment) => segment.text))).toEqual(sortedTexts(raw.map((segment) => segment.text)))
        expectWellFormed(segments)
      }),
    )
  })
})
