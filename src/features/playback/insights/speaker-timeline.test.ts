import { resolveSpeakers } from '@/features/playback/transcript/speaker-colors'
import { buildTimelineBands, speakerPaths, stretchesPath } from './speaker-timeline'

const seg = (speaker: string | null, start: number, end: number, timed = true) => ({ speaker, start, end, text: 'x', timed })

/** Bands as the player draws them, each named by its speaker's label. */
function labelledBands(segments: ReturnType<typeof seg>[], durationSeconds: number) {
  const { ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
  return buildTimelineBands(segments, ofSegment, durationSeconds).map((band) => ({ ...band, speaker: band.speaker.label }))
}

describe(buildTimelineBands.name, () => {
  it('turns alternating speakers into merged bands across the duration', () => {
    const bands = labelledBands([seg('A', 0, 120), seg('B', 120, 240)], 240)
    expect(bands).toEqual([
      { from: 0, to: 0.5, speaker: 'A' },
      { from: 0.5, to: 1, speaker: 'B' },
    ])
  })

  it('leaves silence uncoloured', () => {
    const bands = labelledBands([seg('A', 0, 60)], 240)
    expect(bands).toEqual([{ from: 0, to: 0.25, speaker: 'A' }])
  })

  it('stays small for a 3-hour call of 10,000 segments', () => {
    const segments = Array.from({ length: 10_000 }, (_, index) => seg(index % 3 === 0 ? 'A' : 'B', index * 1.1, index * 1.1 + 1))
    expect(labelledBands(segments, 11_000).length).toBeLessThanOrEqual(240)
  })

  it('gives speech with no speaker a band of its own', () => {
    expect(labelledBands([seg(null, 0, 120), seg('A', 120, 240)], 240)).toEqual([
      { from: 0, to: 0.5, speaker: 'Unknown speaker' },
      { from: 0.5, to: 1, speaker: 'A' },
    ])
  })

  it('ignores untimed segments and a missing duration', () => {
    expect(labelledBands([seg('A', 0, 0, false)], 100)).toEqual([])
    expect(labelledBands([seg('A', 0, 5)], Number.NaN)).toEqual([])
  })
})

describe(stretchesPath.name, () => {
  it('draws each stretch as a rectangle across the bar, clipped at its end', () => {
    expect(stretchesPath([{ start: 10, end: 20 }, { start: 90, end: 120 }], 10)).toBe('M100.0 0H200.0V1H100.0Z' + 'M900.0 0H1000.0V1H900.0Z')
  })

  it('draws stretches closer than half a unit as one, so thousands stay a short path', () => {
    const stretches = Array.from({ length: 8_000 }, (_, index) => ({ start: index * 0.25, end: index * 0.25 + 0.2 }))
    expect(stretchesPath(stretches, 1000 / 2000)).toBe('M0.0 0H1000.0V1H0.0Z')
  })
})

describe(speakerPaths.name, () => {
  it('draws each speaker’s bands as one path across the bar, in order of first band', () => {
    const segments = [seg('A', 0, 60), seg('B', 60, 120), seg('A', 120, 180), seg('C', 180, 240)]
    const { ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
    const paths = speakerPaths(buildTimelineBands(segments, ofSegment, 240))
    expect(paths.map(({ speaker, path }) => [speaker.label, path])).toEqual([
      ['A', 'M0.0 0H250.0V1H0.0ZM500.0 0H750.0V1H500.0Z'],
      ['B', 'M250.0 0H500.0V1H250.0Z'],
      ['C', 'M750.0 0H1000.0V1H750.0Z'],
    ])
  })

  it('draws nothing for no bands', () => {
    expect(speakerPaths([])).toEqual([])
  })

  it('keeps a 3-hour call of 10,000 segments, in turns of 50, to one path per speaker', () => {
    const segments = Array.from({ length: 10_000 }, (_, index) => seg(Math.floor(index / 50) % 2 === 0 ? 'A' : 'B', index * 1.1, index * 1.1 + 1))
    const { ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
    expect(speakerPaths(buildTimelineBands(segments, ofSegment, 11_000))).toHaveLength(2)
  })
})
