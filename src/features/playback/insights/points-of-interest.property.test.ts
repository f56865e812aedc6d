import fc from 'fast-check'
import { normalizeSegments } from '@/entities/call/normalize-segments'
import { resolveSpeakers } from '@/features/playback/transcript/speaker-colors'
import { unicodeText } from '../../../../test/arbitraries'
import { hostileText } from '../../../../test/hostile-text-arbitraries'
import { nextPoint, SAME_POINT_SECONDS } from './point-filters'
import { findPointsOfInterest, type PointKind, type PointOfInterest } from './points-of-interest'

/** Pieces of sales talk, so that generated lines hold points often, next to and inside any other text. */
const salesPiece = fc.constantFrom(
  '$4,800', '€1.200', '4k', 'fifty-eight hundred dollars a month', 'fourteen trucks', '14 trucks', 'a hundred and eighty', '86%', 'one',
  'by Friday', 'Monday, December seventh', 'in two weeks', 'the end of the month', 'May', '2011', '6:30', 'four a.m.', 'truck seven',
  'can we book', 'I’ll send', 'next steps', 'how many stops do you run', 'what I’d suggest', '?', '.', '…', ',', '-', 'İ',
)
const line = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.array(fc.oneof(salesPiece, unicodeText), { maxLength: 8 }), fc.constantFrom(' ', '', ', ')).map(([pieces, glue]) => pieces.join(glue)) },
  { weight: 1, arbitrary: hostileText },
)
const time = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })

/** A transcript model from segments as the API might send them: any text, any times or none, any speaker or none. */
const model = fc
  .array(fc.record({ start: time, end: time, speaker: fc.option(fc.constantFrom('Rep', 'Lead', ''), { nil: null }), text: line }), { maxLength: 12 })
  .map((raw) => {
    const segments = normalizeSegments(raw)
    return { segments, speakerOf: resolveSpeakers(segments.map((segment) => segment.speaker)).ofSegment }
  })

const overlaps = (a: PointOfInterest, b: PointOfInterest) => a.segmentIndex === b.segmentIndex && a.matchStart < b.matchEnd && b.matchStart < a.matchEnd
const isSameSpan = (a: PointOfInterest, b: PointOfInterest) => a.segmentIndex === b.segmentIndex && a.matchStart === b.matchStart && a.matchEnd === b.matchEnd
const isNumberInAmountOrDate = (a: PointOfInterest, b: PointOfInterest) => {
  const kinds: PointKind[] = [a.kind, b.kind]
  return overlaps(a, b) && kinds.includes('number') && (kinds.includes('money') || kinds.includes('date'))
}
const comesAfter = (point: PointOfInterest, previous: PointOfInterest | undefined) =>
  !previous || previous.segmentIndex < point.segmentIndex || (previous.segmentIndex === point.segmentIndex && previous.matchStart <= point.matchStart)
/** The point's text is its phrase, or for a long question the phrase cut at 160 characters. */
const showsPhrase = (point: PointOfInterest, phrase: string) =>
  point.kind === 'question' && phrase.length > 160 ? point.text.length <= 160 && point.text.endsWith('…') && phrase.startsWith(point.text.slice(0, -1)) : point.text === phrase

describe(findPointsOfInterest.name, () => {
  it('finds points in any transcript, each inside its own segment, in transcript order', () => {
    fc.assert(
      fc.property(model, ({ segments, speakerOf }) => {
        const points = findPointsOfInterest({ segments, speakerOf })
        points.forEach((point, index) => {
          expect(point.segmentIndex).toBeGreaterThanOrEqual(0)
          expect(point.segmentIndex).toBeLessThan(segments.length)
          const segment = segments[point.segmentIndex]!
          expect(0 <= point.matchStart && point.matchStart < point.matchEnd && point.matchEnd <= segment.text.length).toBe(true)
          expect([point.start, point.timed, point.speaker]).toEqual([segment.start, segment.timed, speakerOf[point.segmentIndex]])
          expect(comesAfter(point, points[index - 1])).toBe(true)
          expect(showsPhrase(point, segment.text.slice(point.matchStart, point.matchEnd))).toBe(true)
        })
      }),
    )
  })

  it('never lists the same words twice, nor a number inside an amount of money or a date', () => {
    fc.assert(
      fc.property(model, (transcript) => {
        const points = findPointsOfInterest(transcript)
        const clashes = points.flatMap((point, index) =>
          points.slice(index + 1).filter((other) => isSameSpan(point, other) || isNumberInAmountOrDate(point, other)).map((other) => [point, other]),
        )
        expect(clashes).toEqual([])
      }),
    )
  })
})

const speaker = { key: 'name:Rep', label: 'Rep', slot: 0 }
const points = fc.array(
  fc.record({ start: fc.double({ min: 0, max: 10_000, noNaN: true }), timed: fc.boolean() }).map(
    ({ start, timed }): PointOfInterest => ({ kind: 'question', segmentIndex: 0, start, timed, speaker, text: '?', matchStart: 0, matchEnd: 1 }),
  ),
  { maxLength: 20 },
)
// Times are often exactly a point's start, or just past it, where an off-by-one would hide.
const pointsAndTime = points.chain((list) =>
  fc.tuple(
    fc.constant(list),
    list.length > 0 ? fc.oneof(fc.double(), fc.constantFrom(...list.map((point) => point.start)), fc.constantFrom(...list.map((point) => point.start + SAME_POINT_SECONDS))) : fc.double(),
    fc.constantFrom(1 as const, -1 as const),
  ),
)

describe(nextPoint.name, () => {
  it('returns the nearest timed point strictly after (or before) the time, or null when there is none', () => {
    fc.assert(
      fc.property(pointsAndTime, ([list, currentTime, direction]) => {
        const found = nextPoint(list, currentTime, direction)
        const beyond = list.filter((point) => point.timed && (direction === 1 ? point.start > currentTime + SAME_POINT_SECONDS : point.start < currentTime - SAME_POINT_SECONDS))
        const starts = beyond.map((point) => point.start)
        const nearest = starts.length === 0 ? null : direction === 1 ? Math.min(...starts) : Math.max(...starts)
        expect(found?.start ?? null).toBe(nearest)
        expect(found === null || (found.timed && (direction === 1 ? found.start > currentTime : found.start < currentTime))).toBe(true)
      }),
    )
  })
})
