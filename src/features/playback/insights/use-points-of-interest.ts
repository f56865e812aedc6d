import { useEffect, useState } from 'react'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { whenIdle } from '@/lib/scheduling/when-idle'
import { findPointsOfInterest, type PointOfInterest } from './points-of-interest'

/** The transcript's points of interest, found once the page is idle after its first paint; null until then. */
export function usePointsOfInterest(model: TranscriptModel | null) {
  const [found, setFound] = useState<{ model: TranscriptModel; points: PointOfInterest[] } | null>(null)
  useEffect(() => {
    if (!model) return
    return whenIdle(() => setFound({ model, points: findPointsOfInterest(model) }))
  }, [model])
  return found?.model === model ? found.points : null
}
