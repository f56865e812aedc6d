import { storedPreference } from '@/lib/storage/stored-preference'

/** Focused listening as remembered in this browser: the speaker by name, so the choice carries to their next call. */
export type StoredFocus = { speakerLabel: string | null; skipSilences: boolean; silenceSeconds: number }

export const DEFAULT_SILENCE_SECONDS = 2
export const SILENCE_SECONDS_RANGE = { min: 1, max: 30 } as const

const NO_FOCUS: StoredFocus = { speakerLabel: null, skipSilences: false, silenceSeconds: DEFAULT_SILENCE_SECONDS }

export const listeningFocusPreference = storedPreference<StoredFocus>('call-review:listening-focus', {
  parse: (stored) => {
    if (!stored) return NO_FOCUS
    try {
      const value = JSON.parse(stored) as Partial<Record<keyof StoredFocus, unknown>>
      const seconds = Number(value.silenceSeconds)
      return {
        speakerLabel: typeof value.speakerLabel === 'string' ? value.speakerLabel : null,
        skipSilences: value.skipSilences === true,
        silenceSeconds: clampSilence(Number.isFinite(seconds) ? seconds : DEFAULT_SILENCE_SECONDS),
      }
    } catch {
      return NO_FOCUS
    }
  },
  serialize: (focus) => (focus.speakerLabel === null && !focus.skipSilences && focus.silenceSeconds === DEFAULT_SILENCE_SECONDS ? null : JSON.stringify(focus)),
})

export function clampSilence(seconds: number) {
  return Math.min(SILENCE_SECONDS_RANGE.max, Math.max(SILENCE_SECONDS_RANGE.min, seconds))
}
