import { useEffect, useMemo, useState } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { useMediaActions } from '@/features/playback/media/media-context'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import { listeningFocusPreference, type StoredFocus } from './listening-focus-preference'
import { skipAt, skipRanges } from './skip-ranges'

/** The focus chosen in this browser, what it skips in this recording, and playback kept off those stretches. */
export function useListeningFocus(segments: readonly Segment[], speakerOf: readonly Speaker[], durationSeconds: number) {
  const media = useMediaActions()
  const [stored, setStored] = useState(listeningFocusPreference.read)
  const speakerKey = speakerOf.find((speaker) => speaker.label === stored.speakerLabel)?.key ?? null
  const { skipSilences, silenceSeconds } = stored
  const skips = useMemo(
    () => skipRanges(segments, speakerOf, durationSeconds, { speakerKey, skipSilences, silenceSeconds }),
    [segments, speakerOf, durationSeconds, speakerKey, skipSilences, silenceSeconds],
  )

  useEffect(() => {
    media.setSkipper(skips.length > 0 ? (seconds) => skipAt(skips, seconds)?.end ?? null : null)
    return () => media.setSkipper(null)
  }, [media, skips])

  const choose = (next: StoredFocus) => {
    setStored(next)
    listeningFocusPreference.write(next)
  }
  return { focus: { ...stored, speakerKey }, skips, choose }
}
