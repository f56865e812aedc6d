import { useEffect, useState } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { toWebVtt } from '@/lib/files/subtitle-formats'

/**
 * The transcript as a WebVTT object URL for the player's captions track, or null without a
 * timed transcript. Built once the recording is `playable`: writing a 3-hour call's captions
 * takes tens of milliseconds that opening the page should not wait for.
 */
export function useCaptionsUrl(segments: readonly Segment[], playable: boolean) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!playable || !segments.some((segment) => segment.timed)) return
    const objectUrl = URL.createObjectURL(new Blob([toWebVtt(segments)], { type: 'text/vtt' }))
    setUrl(objectUrl)
    return () => {
      URL.revokeObjectURL(objectUrl)
      setUrl(null)
    }
  }, [segments, playable])
  return url
}
