export const SPEAKER_COLOR_COUNT = 6

/** A stable colour slot per speaker, in order of first appearance. */
export function assignSpeakerColors(speakers: readonly (string | null)[]) {
  const slots = new Map<string, number>()
  for (const speaker of speakers) {
    const key = speaker ?? ''
    if (!slots.has(key)) slots.set(key, slots.size % SPEAKER_COLOR_COUNT)
  }
  return slots
}

export function speakerColor(slot: number | undefined) {
  return `var(--speaker-${(slot ?? 0) + 1})`
}
