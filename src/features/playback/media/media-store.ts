import { readPlaybackRate, stepPlaybackRate, storePlaybackRate } from './playback-preferences'

// The media element owns the truth. This store keeps one snapshot of the few
// fields the page shows, re-reads the element on the events that can change
// them, and notifies subscribers only on real change. Requests (play, seek…)
// touch the element and nothing else; the snapshot follows when the element
// reports back. A seek asked for before the metadata has loaded (a `?t=` link,
// an early click) is held, only the latest kept, and applied on
// `loadedmetadata`. "Play range" pauses by itself at the range's end, checked
// as often as focused listening's skips, unless a seek leaves the range first.

export type MediaSnapshot = {
  currentTime: number
  duration: number
  paused: boolean
  playbackRate: number
  volume: number
  muted: boolean
  buffering: boolean
  hasVideo: boolean
  /** MediaError code (2 network, 3 decode, 4 unsupported or unreachable), or 0. */
  errorCode: number
  hasMetadata: boolean
  /** A text track (the transcript as captions) is drawn over the video. */
  captionsShowing: boolean
}

const INITIAL: MediaSnapshot = {
  currentTime: 0,
  duration: Number.NaN,
  paused: true,
  playbackRate: 1,
  volume: 1,
  muted: false,
  buffering: false,
  hasVideo: false,
  errorCode: 0,
  hasMetadata: false,
  captionsShowing: false,
}

const EVENTS = [
  'timeupdate', 'seeked', 'seeking', 'loadedmetadata', 'durationchange', 'play', 'pause', 'ended',
  'ratechange', 'volumechange', 'waiting', 'playing', 'canplay', 'error', 'emptied',
] as const

export type MediaStore = ReturnType<typeof createMediaStore>

export function createMediaStore() {
  let element: HTMLMediaElement | null = null
  let snapshot = INITIAL
  let buffering = false
  let pendingSeek: number | null = null
  /** Focused listening: where to jump from a moment it passes over, or null to play on. */
  let skipper: ((seconds: number) => number | null) | null = null
  /** The range being played: playback pauses at its end. */
  let rangeStart = 0
  let rangeEnd = Number.POSITIVE_INFINITY
  let guardFrame = 0
  const listeners = new Set<() => void>()

  const read = (media: HTMLMediaElement): MediaSnapshot => ({
    currentTime: media.currentTime,
    duration: media.duration,
    paused: media.paused,
    playbackRate: media.playbackRate,
    volume: media.volume,
    muted: media.muted,
    buffering: buffering && !media.paused,
    hasVideo: media instanceof HTMLVideoElement && media.videoWidth > 0,
    errorCode: media.error?.code ?? 0,
    hasMetadata: media.readyState >= HTMLMediaElement.HAVE_METADATA,
    captionsShowing: [...(media.textTracks ?? [])].some((track) => track.mode === 'showing'),
  })

  const refresh = () => {
    if (!element) return
    const next = read(element)
    if (!sameSnapshot(snapshot, next)) {
      snapshot = next
      listeners.forEach((listener) => listener())
    }
  }

  const guarding = () => element && !element.paused && (skipper || rangeEnd < Number.POSITIVE_INFINITY)
  /**
   * Pauses at the end of a range being played, and jumps over a skipped stretch as soon as playback enters it:
   * checked every frame while playing, and on each time update (frames stop in a hidden tab).
   */
  const skipIfNeeded = () => {
    if (!guarding()) return
    const target = skipper?.(element!.currentTime) ?? null
    if (Math.max(target ?? 0, element!.currentTime) >= rangeEnd) {
      rangeEnd = Number.POSITIVE_INFINITY
      element!.pause()
    } else if (target !== null) element!.currentTime = clamp(target, element!.duration)
  }
  const guard = () => {
    guardFrame = 0
    if (!guarding()) return
    skipIfNeeded()
    guardFrame = requestAnimationFrame(guard)
  }
  const startGuard = () => {
    if (guardFrame === 0 && guarding()) guardFrame = requestAnimationFrame(guard)
  }

  const onEvent = (event: Event) => {
    if (event.type === 'play' || event.type === 'playing' || event.type === 'timeupdate') {
      skipIfNeeded()
      startGuard()
    }
    if (event.type === 'waiting') buffering = true
    if (event.type === 'playing' || event.type === 'canplay' || event.type === 'pause') buffering = false
    if (event.type === 'loadedmetadata') applyPending()
    refresh()
  }

  const applyPending = () => {
    if (!element || element.readyState < HTMLMediaElement.HAVE_METADATA) return
    if (pendingSeek !== null) element.currentTime = clamp(pendingSeek, element.duration)
    pendingSeek = null
  }

  const play = () => {
    element?.play().catch(() => refresh())
  }

  const seek = (seconds: number) => {
    if (!Number.isFinite(seconds)) return
    if (seconds < rangeStart || seconds >= rangeEnd) rangeEnd = Number.POSITIVE_INFINITY
    if (element && element.readyState >= HTMLMediaElement.HAVE_METADATA) {
      element.currentTime = clamp(seconds, element.duration)
      // The element reports its new position at once; reading it now, rather than on `seeking`, keeps the
      // seek slider from snapping back between two quick arrow presses and losing the second one.
      refresh()
    } else pendingSeek = Math.max(0, seconds)
  }

  const setPlaybackRate = (rate: number) => {
    if (!element) return
    // The default survives a source reload, which resets `playbackRate` to it.
    element.defaultPlaybackRate = rate
    element.playbackRate = rate
  }

  /** Sets the speed and remembers it in this browser for the next recording. */
  const setPreferredRate = (rate: number) => {
    setPlaybackRate(rate)
    storePlaybackRate(rate)
  }

  const actions = {
    play,
    pause: () => element?.pause(),
    togglePlay: () => {
      if (element?.paused) play()
      else element?.pause()
    },
    seek,
    seekBy: (delta: number) => seek((pendingSeek ?? element?.currentTime ?? 0) + delta),
    setPreferredRate,
    /** One step slower (-1) or faster (1) through the offered speeds. */
    stepPreferredRate: (direction: 1 | -1) => setPreferredRate(stepPlaybackRate(snapshot.playbackRate, direction)),
    setVolume: (volume: number) => {
      if (!element) return
      element.volume = Math.min(1, Math.max(0, volume))
      if (element.volume > 0) element.muted = false
    },
    toggleMute: () => {
      if (element) element.muted = !element.muted
    },
    showCaptions: (on: boolean) => {
      for (const track of element?.textTracks ?? []) track.mode = on ? 'showing' : 'hidden'
    },
    /** Focused listening: playback jumps to what `skipTo` answers for a moment it passes over; null plays everything. */
    setSkipper: (skipTo: ((seconds: number) => number | null) | null) => {
      skipper = skipTo
      skipIfNeeded()
      startGuard()
    },
    /** Plays from `start` and pauses at `end`, unless a seek leaves that stretch first. */
    playRange: (start: number, end: number) => {
      seek(start)
      rangeStart = start
      rangeEnd = end
      play()
    },
    /** Where playback is at this moment, for a handler that needs it once (a share link) rather than on every change. */
    currentTime: () => snapshot.currentTime,
    /** Whether the recording can be sought yet, for a handler that asks once. */
    hasMetadata: () => snapshot.hasMetadata,
  }

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,

    /** Attaches the element at the speed last chosen in this browser; returns the detach function (a ref callback's cleanup). */
    attach: (media: HTMLMediaElement) => {
      element = media
      EVENTS.forEach((type) => media.addEventListener(type, onEvent))
      // Some engines (jsdom among them) give a text track list that fires no events.
      media.textTracks?.addEventListener?.('change', refresh)
      setPlaybackRate(readPlaybackRate())
      applyPending()
      refresh()
      return () => {
        EVENTS.forEach((type) => media.removeEventListener(type, onEvent))
        media.textTracks?.removeEventListener?.('change', refresh)
        if (element === media) element = null
      }
    },

    actions,
  }
}

/** The recording's length once its metadata gives one, else the transcript's: the one rule for every duration the player shows. */
export function playableDuration(snapshot: MediaSnapshot, transcriptSeconds: number) {
  return Number.isFinite(snapshot.duration) && snapshot.duration > 0 ? snapshot.duration : transcriptSeconds
}

export type MediaActions = MediaStore['actions']

function clamp(seconds: number, duration: number) {
  const upper = Number.isFinite(duration) ? duration : Number.POSITIVE_INFINITY
  return Math.min(Math.max(0, seconds), upper)
}

function sameSnapshot(a: MediaSnapshot, b: MediaSnapshot) {
  return (Object.keys(a) as (keyof MediaSnapshot)[]).every((key) => Object.is(a[key], b[key]))
}
