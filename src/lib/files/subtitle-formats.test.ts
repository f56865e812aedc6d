import { parseSync } from 'subtitle'
import { WebVTTParser } from 'webvtt-parser'
import { toSrt, toWebVtt, type Cue } from './subtitle-formats'

const cues: Cue[] = [
  { start: 0, end: 4.25, speaker: 'Maya Okafor', text: 'Good morning, Marcus!' },
  { start: 4.5, end: 4.5, speaker: 'Marcus <Bellamy>', text: 'Q&A --> "<b>pricing</b>"\n\nnext' },
  { start: 3725.0405, end: 3730, speaker: null, text: 'An hour in.' },
]

describe(toSrt.name, () => {
  const srt = toSrt(cues)

  it('writes numbered cues with comma milliseconds', () => {
    expect(srt.split('\n').slice(0, 4)).toEqual(['1', '00:00:00,000 --> 00:00:04,250', 'Maya Okafor: Good morning, Marcus!', ''])
    expect(srt).toContain('3\n01:02:05,041 --> 01:02:10,000\nAn hour in.\n')
  })

  it('parses back with a maintained SRT parser, every cue intact', () => {
    const parsed = parseSync(srt).filter((node) => node.type === 'cue')
    expect(parsed).toHaveLength(3)
    expect(parsed.map((node) => (node.type === 'cue' ? [node.data.start, node.data.end] : null))).toEqual([
      [0, 4250],
      [4500, 5000],
      [3725041, 3730000],
    ])
    expect(parsed[1]?.type === 'cue' && parsed[1].data.text).toBe('Marcus <Bellamy>: Q&A --> "<b>pricing</b>"\nnext')
  })
})

describe(toWebVtt.name, () => {
  const vtt = toWebVtt(cues)

  it('starts with the signature and uses dot milliseconds and voice tags', () => {
    expect(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> 00:00:04.250\n<v Maya Okafor>Good morning, Marcus!\n')).toBe(true)
  })

  it('is valid WebVTT to a spec validator, with text escaped', () => {
    const tree = new WebVTTParser().parse(vtt, 'subtitles')
    expect(tree.errors).toEqual([])
    expect(tree.cues).toHaveLength(3)
    expect(tree.cues[1]?.startTime).toBe(4.5)
    expect(tree.cues[1]?.endTime).toBe(5)
    expect(vtt).toContain('<v Marcus &lt;Bellamy&gt;>Q&amp;A --&gt; "&lt;b&gt;pricing&lt;/b&gt;"\nnext')
  })
})
