export const SPEAKER_COLOR_COUNT = 6

export const UNKNOWN_SPEAKER_LABEL = 'Unknown speaker'

/** Who says a segment: a key to group and filter by, the name to show, and a colour slot. */
export type Speaker = { key: string; label: string; slot: number }

/**
 * One identity per distinct speaker, in order of first appearance (which sets
 * the colours), and each segment's. Segments without a speaker share one
 * "Unknown speaker" of their own, with its own colour, that can be filtered.
 */
export function resolveSpeakers(names: readonly (string | null)[]) {
  const byKey = new Map<string, Speaker>()
  const ofSegment = names.map((name) => {
    const key = name === null ? 'unknown' : `name:${name}`
    let speaker = byKey.get(key)
    if (!speaker) {
      speaker = { key, label: name ?? UNKNOWN_SPEAKER_LABEL, slot: byKey.size % SPEAKER_COLOR_COUNT }
      byKey.set(key, speaker)
    }
    return speaker
  })
  return { speakers: [...byKey.values()], ofSegment }
}

export function speakerColor(slot: number) {
  return `var(--speaker-${slot + 1})`
}
