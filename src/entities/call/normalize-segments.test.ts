import { normalizeSegments } from './normalize-segments'

const seg = (start: number | null, end: number | null, text: string) => ({ start, end, speaker: 'A', text })

describe(normalizeSegments.name, () => {
  it('sorts by start time, keeping the order of equal starts', () => {
    const result = normalizeSegments([seg(10, 12, 'c'), seg(0, 4, 'a'), seg(5, 8, 'b1'), seg(5, 6, 'b2')])
    expect(result.map((s) => s.text)).toEqual(['a', 'b1', 'b2', 'c'])
  })

  it('clamps negative times and repairs ends before starts', () => {
    const [first, second] = normalizeSegments([seg(-3, -1, 'a'), seg(4, 2, 'b')])
    expect(first).toMatchObject({ start: 0, end: 4 })
    expect(second).toMatchObject({ start: 4, end: 4 })
  })

  it('gives a segment without a start the previous start, without losing its text', () => {
    const result = normalizeSegments([seg(3, 5, 'a'), seg(null, null, 'b'), seg(9, 11, 'c')])
    expect(result.map((s) => [s.text, s.start, s.timed])).toEqual([
      ['a', 3, true],
      ['b', 3, false],
      ['c', 9, true],
    ])
  })

  it('keeps a transcript with no times in its original order', () => {
    const result = normalizeSegments([seg(null, null, 'one'), seg(null, null, 'two'), seg(null, null, 'three')])
    expect(result.map((s) => s.text)).toEqual(['one', 'two', 'three'])
    expect(result.every((s) => !s.timed && s.start === 0)).toBe(true)
  })

  it('fills a missing end from the next start', () => {
    expect(normalizeSegments([seg(0, null, 'a'), seg(6, 7, 'b')])[0]?.end).toBe(6)
  })
})
