import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useFoundPoints } from '@/features/playback/evidence/evidence-context'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { whenIdle } from '@/lib/scheduling/when-idle'
import type { PointOfInterest } from './points-of-interest'

/**
 * The transcript's points of interest: found off the main thread beside the evidence index where the page has
 * one, else here once the page is idle after its first paint; null until found.
 */
export function usePointsOfInterest(model: TranscriptModel | null) {
  const fromIndex = useFoundPoints(model?.segments)
  const [foundHere, setFoundHere] = useState<{ model: TranscriptModel; points: PointOfInterest[] } | null>(null)

  useEffect(() => {
    if (!model || fromIndex.available) return
    let cancelled = false
    const cancelIdle = whenIdle(() => {
      // The patterns load only for a page that finds points itself: the worker has its own copy.
      void import('./points-of-interest').then(({ findPointsOfInterest }) => {
        if (!cancelled) setFoundHere({ model, points: findPointsOfInterest(model) })
      })
    })
    return () => {
      cancelled = true
      cancelIdle()
    }
  }, [model, fromIndex.available])

  const indexed = fromIndex.points
  const points = useMemo(() => {
    if (!model) return null
    if (!indexed) return foundHere?.model === model ? foundHere.points : null
    return indexed.map((point): PointOfInterest => {
      const segment = model.segments[point.segmentIndex]!
      return { ...point, start: segment.start, timed: segment.timed, speaker: model.speakerOf[point.segmentIndex]! }
    })
  }, [model, indexed, foundHere])
  // The points arrive as a blocking update (the query store's); the list, ticks and counts they fill render after
  // it, in slices that yield to input.
  return useDeferredValue(points)
}
