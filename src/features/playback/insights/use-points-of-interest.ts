import { useEffect, useState } from 'react'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { findPointsOfInterest, type PointOfInterest } from './points-of-interest'

/** Runs `work` when the browser is idle (soon after, where it cannot say); returns the cancel function. */
function whenIdle(work: () => void) {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(work, { timeout: 2000 })
  return () => cancelIdleCallback(handle)
}

/** The transcript's points of interest, found once the page is idle after its first paint; null until then. */
export function usePointsOfInterest(model: TranscriptModel | null) {
  const [found, setFound] = useState<{ model: TranscriptModel; points: PointOfInterest[] } | null>(null)
  useEffect(() => {
    if (!model) return
    return whenIdle(() => setFound({ model, points: findPointsOfInterest(model) }))
  }, [model])
  return found?.model === model ? found.points : null
}
