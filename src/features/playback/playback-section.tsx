import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react'
import { PANELS_DRAWN_NEAR_THE_SCREEN } from '@/components/ui/drawn-near-the-screen'
import { PanelPlaceholder } from '@/components/ui/panel'
import { PanelNearTheScreen } from '@/components/ui/panel-near-the-screen'
import { useSearchParams } from 'react-router'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import type { Call } from '@/entities/call/call-schema'
import { MediaProvider } from '@/features/playback/media/media-context'
import { RecordingPanel } from '@/features/playback/media/recording-panel'
import { filterPoints, type PointFilter } from '@/features/playback/insights/point-filters'
import { TalkTimePanel } from '@/features/playback/insights/talk-time-panel'
import { usePointsOfInterest } from '@/features/playback/insights/use-points-of-interest'
import { inNextTask } from '@/lib/scheduling/in-next-task'
import { cn } from '@/lib/styles/cn'
import { buildTranscriptModel } from '@/features/playback/transcript/transcript-model'
import { SearchMarksProvider } from '@/features/playback/transcript/search-marks'
import { TranscriptPanel } from '@/features/playback/transcript/transcript-panel'

// The region's controls and list load after the page's first script: the points themselves come later still.
// Fetched as the app starts, so the panel is ready when the reader scrolls or tabs to it.
const pointsOfInterestPanel = inNextTask(() => import('@/features/playback/insights/points-of-interest-panel'))
const PointsOfInterestPanel = lazy(() => pointsOfInterestPanel.then((module) => ({ default: module.PointsOfInterestPanel })))

/** Recording, transcript, points of interest and talk time: one media store, so they share the playback position. */
export function PlaybackSection({ call }: { call: Call }) {
  const { transcript } = call
  const model = useMemo(() => (transcript && transcript.segments.length > 0 ? buildTranscriptModel(transcript) : null), [transcript])
  const [searchParams] = useSearchParams()
  const points = usePointsOfInterest(model)
  const [pointFilter, setPointFilter] = useState<PointFilter>({ kinds: null, speakerKey: null })
  const shownPoints = useMemo(() => (points ? filterPoints(points, pointFilter) : []), [points, pointFilter])
  const pointTimes = useMemo(() => shownPoints.filter((point) => point.timed).map((point) => point.start), [shownPoints])
  // The panels under the transcript follow the first paint, as the call page's other panels do.
  const showInsights = useDeferredValue(true, false)
  return (
    <MediaProvider>
      <SearchMarksProvider>
      <SlotBoundary name="Recording">
        <RecordingPanel call={call} model={model} marks={pointTimes} />
      </SlotBoundary>
      <SlotBoundary name="Transcript">
        <TranscriptPanel model={model} call={call} initialQuery={searchParams.get('q') ?? ''} />
      </SlotBoundary>
      {showInsights && (
        <div className={cn('contents', PANELS_DRAWN_NEAR_THE_SCREEN)}>
          <PanelNearTheScreen name="Points of interest">
            <Suspense fallback={<PanelPlaceholder heading="Points of interest" />}>
              <PointsOfInterestPanel model={model} points={points} shown={shownPoints} filter={pointFilter} onFilterChange={setPointFilter} />
            </Suspense>
          </PanelNearTheScreen>
          <PanelNearTheScreen name="Talk time">
            <TalkTimePanel model={model} />
          </PanelNearTheScreen>
        </div>
      )}
      </SearchMarksProvider>
    </MediaProvider>
  )
}
