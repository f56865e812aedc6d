import { buildTimelineBands } from './speaker-timeline'

const seg = (speaker: string, start: number, end: number, timed = true) => ({ speaker, start, end, text: 'x', timed, extra: {} })

describe(buildTimelineBands.name, () => {
  it('turns alternating speakers into merged bands across the duration', () => {
    const bands = buildTimelineBands([seg('A', 0, 120), seg('B', 120, 240)], 240)
    expect(bands).toEqual([
      { from: 0, to: 0.5, speaker: 'A' },
      { from: 0.5, to: 1, speaker: 'B' },
    ])
  })

  it('leaves silence uncoloured', () => {
    const bands = buildTimelineBands([seg('A', 0, 60)], 240)
    expect(bands).toEqual([{ from: 0, to: 0.25, speaker: 'A' }])
  })

  it('stays small for a 3-hour call of 10,000 segments', () => {
    const segments = Array.from({ length: 10_000 }, (_, index) => seg(index % 3 === 0 ? 'A' : 'B', index * 1.1, index * 1.1 + 1))
    expect(buildTimelineBands(segments, 11_000).length).toBeLessThanOrEqual(240)
  })

  it('ignores untimed segments and a missing duration', () => {
    expect(buildTimelineBands([seg('A', 0, 0, false)], 100)).toEqual([])
    expect(buildTimelineBands([seg('A', 0, 5)], Number.NaN)).toEqual([])
  })
})
