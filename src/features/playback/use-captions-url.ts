import { useEffect, useMemo } from 'react'
import type { Segment } from '@/features/call/normalize-segments'
import { toWebVtt } from '@/lib/subtitle-formats'

/** The transcript as a WebVTT object URL for the player's captions track, or null without a timed transcript. */
export function useCaptionsUrl(segments: readonly Segment[]) {
  const url = useMemo(
    () =>
      segments.some((segment) => segment.timed)
        ? URL.createObjectURL(new Blob([toWebVtt(segments)], { type: 'text/vtt' }))
        : null,
    [segments],
  )
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url)
  }, [url])
  return url
}
