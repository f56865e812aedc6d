import { resolveSpeakers, UNKNOWN_SPEAKER_LABEL } from '@/features/playback/transcript/speaker-colors'
import { computeTalkTime } from './talk-time'

const seg = (speaker: string | null, start: number, end: number, text = 'Fine.') => ({
  speaker, start, end, text, timed: true,
})

type Seg = ReturnType<typeof seg>

/** Talk time as the panel computes it: with each segment's speaker resolved first. */
function talkTime(segments: Seg[]) {
  return computeTalkTime(segments, resolveSpeakers(segments.map((segment) => segment.speaker)).ofSegment).map((entry) => ({
    ...entry,
    speaker: entry.speaker.label,
    slot: entry.speaker.slot,
  }))
}

describe(computeTalkTime.name, () => {
  it('sums talk time and share per speaker, busiest first', () => {
    const stats = talkTime([seg('A', 0, 10), seg('B', 10, 40), seg('A', 40, 50)])
    expect(stats.map((s) => [s.speaker, s.talkSeconds, s.share])).toEqual([
      ['B', 30, 0.6],
      ['A', 20, 0.4],
    ])
  })

  it('measures the longest uninterrupted run, including pauses inside it', () => {
    const stats = talkTime([seg('A', 0, 5), seg('A', 6, 20), seg('B', 20, 22), seg('A', 22, 25)])
    expect(stats.find((s) => s.speaker === 'A')?.longestMonologueSeconds).toBe(20)
    expect(stats.find((s) => s.speaker === 'B')?.longestMonologueSeconds).toBe(2)
  })

  it('counts questions asked', () => {
    const stats = talkTime([seg('A', 0, 5, 'How many trucks? And drivers?'), seg('B', 5, 9, 'Fourteen. Why?!')])
    expect(stats.map((s) => [s.speaker, s.questions])).toEqual([
      ['A', 2],
      ['B', 1],
    ])
  })

  it('groups segments without a speaker under one unknown speaker with a colour of its own', () => {
    const stats = talkTime([seg('A', 0, 10), seg(null, 10, 13), seg('B', 13, 14), seg(null, 14, 20)])
    expect(stats.map((s) => [s.speaker, s.talkSeconds, s.slot])).toEqual([
      ['A', 10, 0],
      [UNKNOWN_SPEAKER_LABEL, 9, 1],
      ['B', 1, 2],
    ])
    expect(talkTime([])).toEqual([])
  })

  it('keeps a speaker actually named "Unknown speaker" apart from speech with no speaker', () => {
    const stats = talkTime([seg(UNKNOWN_SPEAKER_LABEL, 0, 5), seg(null, 5, 6)])
    expect(stats).toHaveLength(2)
    expect(new Set(stats.map((s) => s.slot)).size).toBe(2)
  })

  it('gives zero shares when no time was spoken', () => {
    expect(talkTime([seg('A', 5, 5)])[0]?.share).toBe(0)
  })
})
