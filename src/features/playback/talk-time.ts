import type { Segment } from '@/features/call/normalize-segments'

export type SpeakerStats = {
  speaker: string
  talkSeconds: number
  share: number
  longestMonologueSeconds: number
  questions: number
}

export const UNKNOWN_SPEAKER = 'Unknown speaker'

/** Talk time, share, longest uninterrupted run and questions asked, per speaker, busiest first. */
export function computeTalkTime(segments: readonly Segment[]): SpeakerStats[] {
  const stats = new Map<string, SpeakerStats>()
  let runSpeaker: string | null = null
  let runStart = 0
  let total = 0

  segments.forEach((segment, index) => {
    const speaker = segment.speaker ?? UNKNOWN_SPEAKER
    const entry = stats.get(speaker) ?? { speaker, talkSeconds: 0, share: 0, longestMonologueSeconds: 0, questions: 0 }
    const spoken = Math.max(0, segment.end - segment.start)
    entry.talkSeconds += spoken
    total += spoken
    entry.questions += countQuestions(segment.text)
    if (speaker !== runSpeaker) {
      runSpeaker = speaker
      runStart = segment.start
    }
    const next = segments[index + 1]
    if (!next || (next.speaker ?? UNKNOWN_SPEAKER) !== speaker) {
      entry.longestMonologueSeconds = Math.max(entry.longestMonologueSeconds, segment.end - runStart)
    }
    stats.set(speaker, entry)
  })

  return [...stats.values()]
    .map((entry) => ({ ...entry, share: total > 0 ? entry.talkSeconds / total : 0 }))
    .sort((a, b) => b.talkSeconds - a.talkSeconds)
}

function countQuestions(text: string) {
  return text.match(/\?+/g)?.length ?? 0
}
