import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import { filterPoints, nextPoint } from './point-filters'
import type { PointKind, PointOfInterest } from './points-of-interest'

const rep: Speaker = { key: 'name:Rep', label: 'Rep', slot: 0 }
const lead: Speaker = { key: 'name:Lead', label: 'Lead', slot: 1 }

const point = (kind: PointKind, start: number, speaker = rep, timed = true): PointOfInterest => ({
  kind, segmentIndex: 0, start, timed, speaker, text: `${kind} at ${start}`, matchStart: 0, matchEnd: 1,
})

const points = [point('question', 5), point('money', 12, lead), point('date', 12, lead), point('next step', 30), point('number', 40, lead, false)]
const texts = (found: readonly PointOfInterest[]) => found.map((entry) => entry.text)

describe(filterPoints.name, () => {
  it('shows every point when no kind or speaker is chosen', () => {
    expect(filterPoints(points, { kinds: null, speakerKey: null })).toEqual(points)
  })

  it('shows only the chosen kinds, in transcript order', () => {
    expect(texts(filterPoints(points, { kinds: new Set(['date', 'question']), speakerKey: null }))).toEqual(['question at 5', 'date at 12'])
  })

  it('shows only what the chosen speaker said, combined with the kinds', () => {
    expect(texts(filterPoints(points, { kinds: null, speakerKey: lead.key }))).toEqual(['money at 12', 'date at 12', 'number at 40'])
    expect(texts(filterPoints(points, { kinds: new Set(['money']), speakerKey: lead.key }))).toEqual(['money at 12'])
    expect(filterPoints(points, { kinds: new Set(['money']), speakerKey: rep.key })).toEqual([])
  })

  it('shows nothing when no kind is chosen', () => {
    expect(filterPoints(points, { kinds: new Set(), speakerKey: null })).toEqual([])
  })
})

describe(nextPoint.name, () => {
  it('jumps to the next point after the playhead, then on to the one after it', () => {
    expect(nextPoint(points, 0, 1)?.text).toBe('question at 5')
    // After the jump the clock reads the point's start, or a moment past it.
    expect(nextPoint(points, 5, 1)?.text).toBe('money at 12')
    expect(nextPoint(points, 5.1, 1)?.text).toBe('money at 12')
  })

  it('goes to the first of several points that start together', () => {
    expect(nextPoint(points, 6, 1)?.text).toBe('money at 12')
    expect(nextPoint(points, 20, -1)?.text).toBe('money at 12')
  })

  it('jumps back to the previous point, skipping the one just reached', () => {
    expect(nextPoint(points, 30, -1)?.text).toBe('money at 12')
    expect(nextPoint(points, 30.2, -1)?.text).toBe('money at 12')
    expect(nextPoint(points, 30.3, -1)?.text).toBe('next step at 30')
  })

  it('skips points whose segment has no time of its own', () => {
    expect(nextPoint(points, 31, 1)).toBeNull()
  })

  it('has nowhere to go past either end, or without a playhead time', () => {
    expect(nextPoint(points, 5, -1)).toBeNull()
    expect(nextPoint([], 0, 1)).toBeNull()
    expect(nextPoint(points, Number.NaN, 1)).toBeNull()
  })
})
