import fc from 'fast-check'
import { normalizeSegments } from '@/entities/call/normalize-segments'
import { resolveSpeakers } from '@/features/playback/transcript/speaker-colors'
import { listenedSeconds, skipAt, skipRanges } from './skip-ranges'

const PLAYBACK_STEP = 0.05

const rawSegment = fc.record({
  start: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: null, freq: 8 }),
  length: fc.double({ min: 0, max: 30, noNaN: true }),
  speaker: fc.constantFrom('Ana', 'Ben', 'Cy', null),
})

const transcript = fc.array(rawSegment, { maxLength: 40 }).map((raw) => {
  const segments = normalizeSegments(
    raw.map(({ start, length, speaker }) => ({ start, end: start === null ? null : start + length, speaker, text: 'words' })),
  )
  const { speakers, ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
  const durationSeconds = Math.max(0, ...segments.map((segment) => segment.end)) + 5
  return { segments, speakers, speakerOf: ofSegment, durationSeconds }
})

const focusFor = (speakers: readonly { key: string }[]) =>
  fc.record({
    speakerKey: fc.constantFrom(null, ...speakers.map((speaker) => speaker.key)),
    skipSilences: fc.boolean(),
    silenceSeconds: fc.double({ min: 1, max: 10, noNaN: true }),
  })

const cases = transcript.chain((call) => fc.tuple(fc.constant(call), focusFor(call.speakers)))

/** Playback as the media store drives it: forward in small steps, jumping to a skip's end on entering it. */
function play(skips: ReturnType<typeof skipRanges>, durationSeconds: number) {
  const heard: number[] = []
  for (let time = 0, steps = 0; time < durationSeconds; steps += 1) {
    if (steps > (durationSeconds / PLAYBACK_STEP) * 2 + 10) throw new Error(`stalled at ${time}`)
    const skip = skipAt(skips, time)
    if (skip) {
      if (skip.end <= time) throw new Error(`a skip at ${time} would jump back`)
      time = skip.end
      continue
    }
    heard.push(time)
    time += PLAYBACK_STEP
  }
  return heard
}

describe('focused listening over any transcript', () => {
  it('never plays a moment where only the other speakers talk, and always moves forward to the end', () => {
    fc.assert(
      fc.property(cases, ([{ segments, speakerOf, durationSeconds }, focus]) => {
        const skips = skipRanges(segments, speakerOf, durationSeconds, focus)
        const heard = play(skips, durationSeconds)
        if (focus.speakerKey === null) return
        const othersOnly = (time: number) => {
          const talking = segments.filter((segment, index) => segment.timed && segment.start <= time && time < segment.end && speakerOf[index])
          const chosen = talking.some((segment) => speakerOf[segments.indexOf(segment)]!.key === focus.speakerKey)
          return talking.length > 0 && !chosen
        }
        expect(heard.filter(othersOnly)).toEqual([])
      }),
    )
  })

  it('gives sorted, separate skips inside the recording, and never more time saved than the recording', () => {
    fc.assert(
      fc.property(cases, ([{ segments, speakerOf, durationSeconds }, focus]) => {
        const skips = skipRanges(segments, speakerOf, durationSeconds, focus)
        expect(skips.filter((skip) => !(skip.end > skip.start))).toEqual([])
        expect(skips.filter((skip, index) => index > 0 && !(skip.start > skips[index - 1]!.end))).toEqual([])
        const listened = listenedSeconds(durationSeconds, skips)
        expect(listened).toBeGreaterThanOrEqual(0)
        expect(listened).toBeLessThanOrEqual(durationSeconds)
        expect(focus.speakerKey !== null || focus.skipSilences || skips.length === 0).toBe(true)
      }),
    )
  })
})
