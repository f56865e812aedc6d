export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const

const RATE_KEY = 'call-review:playback-rate'

export function readPlaybackRate() {
  try {
    const stored = Number(localStorage.getItem(RATE_KEY))
    return (PLAYBACK_RATES as readonly number[]).includes(stored) ? stored : 1
  } catch {
    return 1
  }
}

export function storePlaybackRate(rate: number) {
  try {
    localStorage.setItem(RATE_KEY, String(rate))
  } catch {
    // Without storage the speed lasts for this visit only.
  }
}

/** The next speed up or down the list, staying at the ends. */
export function stepPlaybackRate(current: number, direction: 1 | -1) {
  const index = PLAYBACK_RATES.findIndex((rate) => rate >= current)
  const from = index === -1 ? PLAYBACK_RATES.length - 1 : index
  return PLAYBACK_RATES[Math.min(PLAYBACK_RATES.length - 1, Math.max(0, from + direction))]!
}
