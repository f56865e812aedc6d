import type { Segment } from '@/entities/call/normalize-segments'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'

export type SpeakerStats = {
  speaker: Speaker
  talkSeconds: number
  share: number
  longestMonologueSeconds: number
  questions: number
}

/** Talk time, share, longest uninterrupted run and questions asked, per speaker (`speakerOf` by segment index), busiest first. */
export function computeTalkTime(segments: readonly Segment[], speakerOf: readonly Speaker[]): SpeakerStats[] {
  const stats = new Map<Speaker, SpeakerStats>()
  let runSpeaker: Speaker | null = null
  let runStart = 0
  let total = 0

  segments.forEach((segment, index) => {
    const speaker = speakerOf[index]!
    const entry = stats.get(speaker) ?? { speaker, talkSeconds: 0, share: 0, longestMonologueSeconds: 0, questions: 0 }
    const spoken = Math.max(0, segment.end - segment.start)
    entry.talkSeconds += spoken
    total += spoken
    entry.questions += countQuestions(segment.text)
    if (speaker !== runSpeaker) {
      runSpeaker = speaker
      runStart = segment.start
    }
    if (index === segments.length - 1 || speakerOf[index + 1] !== speaker) {
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
