import type { Transcript } from '@/entities/call/call-schema'
import { resolveSpeakers } from './speaker-colors'
import { fold } from './transcript-search'

/** What the transcript views need, computed once per transcript. */
export function buildTranscriptModel(transcript: Transcript) {
  const { segments } = transcript
  const { speakers, ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
  const texts = segments.map((segment) => segment.text)
  let foldedTexts: string[] | null = null
  return {
    segments,
    texts,
    /** The texts folded for search, on the first search rather than while the page first renders. */
    foldedTexts: () => (foldedTexts ??= texts.map(fold)),
    speakers,
    /** Each segment's speaker, by index: one identity for label, colour, filter and talk time. */
    speakerOf: ofSegment,
    durationSeconds: transcript.lengthSeconds ?? 0,
    hasTimes: segments.some((segment) => segment.timed),
  }
}

export type TranscriptModel = ReturnType<typeof buildTranscriptModel>

/** The segments shown under a speaker filter (a speaker key, or null for all), with their start times for the active-row search. */
export function visibleSegments(model: TranscriptModel, speakerKey: string | null) {
  const indices: number[] = []
  model.speakerOf.forEach((speaker, index) => {
    if (speakerKey === null || speaker.key === speakerKey) indices.push(index)
  })
  const starts = Float64Array.from(indices, (index) => model.segments[index]!.start)
  return { indices, starts }
}
