import { computeTalkTime } from './talk-time'

const seg = (speaker: string | null, start: number, end: number, text = 'Fine.') => ({
  speaker, start, end, text, timed: true, extra: {},
})

describe(computeTalkTime.name, () => {
  it('sums talk time and share per speaker, busiest first', () => {
    const stats = computeTalkTime([seg('A', 0, 10), seg('B', 10, 40), seg('A', 40, 50)])
    expect(stats.map((s) => [s.speaker, s.talkSeconds, s.share])).toEqual([
      ['B', 30, 0.6],
      ['A', 20, 0.4],
    ])
  })

  it('measures the longest uninterrupted run, including pauses inside it', () => {
    const stats = computeTalkTime([seg('A', 0, 5), seg('A', 6, 20), seg('B', 20, 22), seg('A', 22, 25)])
    expect(stats.find((s) => s.speaker === 'A')?.longestMonologueSeconds).toBe(20)
    expect(stats.find((s) => s.speaker === 'B')?.longestMonologueSeconds).toBe(2)
  })

  it('counts questions asked', () => {
    const stats = computeTalkTime([seg('A', 0, 5, 'How many trucks? And drivers?'), seg('B', 5, 9, 'Fourteen. Why?!')])
    expect(stats.map((s) => [s.speaker, s.questions])).toEqual([
      ['A', 2],
      ['B', 1],
    ])
  })

  it('groups segments without a speaker and handles an empty transcript', () => {
    expect(computeTalkTime([seg(null, 0, 3)])[0]?.speaker).toBe('Unknown speaker')
    expect(computeTalkTime([])).toEqual([])
  })

  it('gives zero shares when no time was spoken', () => {
    expect(computeTalkTime([seg('A', 5, 5)])[0]?.share).toBe(0)
  })
})
