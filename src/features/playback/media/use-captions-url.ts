import { useEffect, useState } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { WEBVTT_SIGNATURE, webVttCue } from '@/lib/files/subtitle-formats'
import { inSlices } from '@/lib/scheduling/in-slices'

/** Cues written per slice: a few milliseconds. The first slices run before the code is optimised: 500 cues took up to 54 ms. */
const CUES_PER_SLICE = 100

/**
 * The transcript as a WebVTT object URL for the player's captions track, or null without a
 * timed transcript. Written once the recording is `playable` and the page is idle, in slices:
 * a 3-hour call's captions take tens of milliseconds that opening the page should not wait for.
 */
export function useCaptionsUrl(segments: readonly Segment[], playable: boolean) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!playable || !segments.some((segment) => segment.timed)) return
    let cancelled = false
    let objectUrl: string | null = null
    // Each slice encoded as it is written: a Blob made of strings encodes them all at once, which took 20–50 ms for
    // a 3-hour call's captions, while one made of bytes only copies them.
    const encoder = new TextEncoder()
    const parts = [encoder.encode(WEBVTT_SIGNATURE)]
    const write = (from: number, to: number) => parts.push(encoder.encode(segments.slice(from, to).map(webVttCue).join('')))
    void inSlices(segments.length, CUES_PER_SLICE, write, () => cancelled).then((written) => {
      if (!written) return
      objectUrl = URL.createObjectURL(new Blob(parts, { type: 'text/vtt' }))
      setUrl(objectUrl)
    })
    return () => {
      cancelled = true
      if (objectUrl) URL.revokeObjectURL(objectUrl)
      setUrl(null)
    }
  }, [segments, playable])
  return url
}
