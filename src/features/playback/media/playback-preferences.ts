import { storedPreference } from '@/lib/storage/stored-preference'

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const

const playbackRate = storedPreference('call-review:playback-rate', {
  parse: (stored) => {
    const rate = Number(stored)
    return (PLAYBACK_RATES as readonly number[]).includes(rate) ? rate : 1
  },
  serialize: (rate: number) => String(rate),
})

export const readPlaybackRate = playbackRate.read
export const storePlaybackRate = playbackRate.write

/** The next speed up or down the list, staying at the ends. */
export function stepPlaybackRate(current: number, direction: 1 | -1) {
  const index = PLAYBACK_RATES.findIndex((rate) => rate >= current)
  const from = index === -1 ? PLAYBACK_RATES.length - 1 : index
  return PLAYBACK_RATES[Math.min(PLAYBACK_RATES.length - 1, Math.max(0, from + direction))]!
}
