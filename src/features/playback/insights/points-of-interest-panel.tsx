import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { CountBadge } from '@/components/ui/count-badge'
import { useRequestMoment } from '@/features/playback/evidence/evidence-context'
import { useMediaSelector } from '@/features/playback/media/media-context'
import { SpeakerSelect } from '@/features/playback/transcript/speaker-select'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { nextPoint, type PointFilter } from './point-filters'
import { POINT_KINDS, toggleKind } from './point-kinds'
import { PointList } from './point-list'
import { NEXT_POINT_ID, PREVIOUS_POINT_ID } from './point-stepper-ids'
import type { PointOfInterest } from './points-of-interest'

type PointsOfInterestPanelProps = {
  model: TranscriptModel | null
  /** Every point found, or null while they are being found. */
  points: readonly PointOfInterest[] | null
  /** The points the filter keeps. */
  shown: readonly PointOfInterest[]
  filter: PointFilter
  onFilterChange: (filter: PointFilter) => void
}

/** Questions, amounts, numbers, dates and next steps said in the call, filtered by kind and speaker. */
export function PointsOfInterestPanel({ model, points, shown, filter, onFilterChange }: PointsOfInterestPanelProps) {
  const requestMoment = useRequestMoment()
  const go = (point: PointOfInterest) =>
    requestMoment({ segmentIndex: point.segmentIndex, start: point.start, ranges: [[point.matchStart, point.matchEnd]] })

  return (
    <Panel heading="Points of interest" aside={points && <CountBadge value={shown.length} label={shown.length === 1 ? 'point' : 'points'} />}>
      {!model ? (
        <EmptyState>No transcript to find points in.</EmptyState>
      ) : !points ? (
        <p className="text-sm text-muted-foreground">Finding questions, amounts, dates and next steps…</p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-2">
            {POINT_KINDS.map(({ kind, filter: name }) => (
              <Button
                key={kind}
                variant="ghost"
                aria-pressed={filter.kinds?.has(kind) ?? false}
                size="chip"
                className="aria-pressed:border-primary aria-pressed:bg-accent"
                onClick={() => onFilterChange({ ...filter, kinds: toggleKind(filter.kinds, kind) })}
              >
                {name} {points.filter((point) => point.kind === kind).length}
              </Button>
            ))}
            <SpeakerSelect
              label="Points from speaker"
              speakers={model.speakers}
              value={filter.speakerKey}
              onChange={(speakerKey) => onFilterChange({ ...filter, speakerKey })}
            />
            <PointStepper shown={shown} onGo={go} />
          </div>
          {shown.length > 0 ? (
            <PointList points={shown} guideSeconds={model.durationSeconds} onGo={go} />
          ) : (
            <EmptyState>No points of these kinds from this speaker.</EmptyState>
          )}
        </>
      )}
    </Panel>
  )
}

/** Previous and next point from where playback is. */
function PointStepper({ shown, onGo }: { shown: readonly PointOfInterest[]; onGo: (point: PointOfInterest) => void }) {
  const previous = useMediaSelector((snapshot) => nextPoint(shown, snapshot.currentTime, -1))
  const next = useMediaSelector((snapshot) => nextPoint(shown, snapshot.currentTime, 1))
  return (
    <span className="ms-auto flex gap-1">
      <Button id={PREVIOUS_POINT_ID} size="sm" disabled={!previous} onClick={() => previous && onGo(previous)} aria-keyshortcuts="p">
        Previous point
      </Button>
      <Button id={NEXT_POINT_ID} size="sm" disabled={!next} onClick={() => next && onGo(next)} aria-keyshortcuts="n">
        Next point
      </Button>
    </span>
  )
}
