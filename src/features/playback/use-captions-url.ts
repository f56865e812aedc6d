import { useEffect, useState } from 'react'
import type { Segment } from '@/features/call/normalize-segments'
import { toWebVtt } from '@/lib/subtitle-formats'

/** The transcript as a WebVTT object URL for the player's captions track, or null without a timed transcript. */
export function useCaptionsUrl(segments: readonly Segment[]) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!segments.some((segment) => segment.timed)) return
    const objectUrl = URL.createObjectURL(new Blob([toWebVtt(segments)], { type: 'text/vtt' }))
    setUrl(objectUrl)
    return () => {
      URL.revokeObjectURL(objectUrl)
      setUrl(null)
    }
  }, [segments])
  return url
}
