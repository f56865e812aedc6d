import type { Transcript } from '@/features/call/call-schema'
import { assignSpeakerColors } from './speaker-colors'
import { fold } from './transcript-search'

/** What the transcript views need, computed once per transcript. */
export function buildTranscriptModel(transcript: Transcript) {
  const { segments } = transcript
  const speakerSlots = assignSpeakerColors(segments.map((segment) => segment.speaker))
  return {
    segments,
    texts: segments.map((segment) => segment.text),
    foldedTexts: segments.map((segment) => fold(segment.text)),
    speakers: [...speakerSlots.keys()].filter(Boolean),
    speakerSlots,
    durationSeconds: Math.max(transcript.durationSeconds ?? 0, segments.at(-1)?.end ?? 0),
    hasTimes: segments.some((segment) => segment.timed),
  }
}

export type TranscriptModel = ReturnType<typeof buildTranscriptModel>

/** The segments shown under a speaker filter, with their start times for the active-row search. */
export function visibleSegments(model: TranscriptModel, speaker: string | null) {
  const indices: number[] = []
  model.segments.forEach((segment, index) => {
    if (speaker === null || segment.speaker === speaker) indices.push(index)
  })
  const starts = Float64Array.from(indices, (index) => model.segments[index]!.start)
  return { indices, starts }
}
