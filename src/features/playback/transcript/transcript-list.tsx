import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual'
import { Suspense, use, useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type FocusEvent } from 'react'
import { Button } from '@/components/ui/button'
import { useRowsSettledBeforePaint } from '@/components/ui/rows-settled-before-paint'
import { observeOffsetAndOwnWrites, observeRectAfterLayout, scrollUnlessAtTop } from '@/components/ui/virtualizer-after-layout'
import { cn } from '@/lib/styles/cn'
import { findActiveSegment } from './active-segment'
import { firstViewMeasurements, forgetFirstViewRowHeights } from './first-view-row-heights'
import { useMediaActions, useMediaSelector } from '@/features/playback/media/media-context'
import { useMomentRequest, type MomentRequest } from '@/features/playback/evidence/evidence-context'
import type { TranscriptModel } from './transcript-model'
import { TranscriptRow } from './transcript-row'
import { useFollowPlayback } from './use-follow-playback'
import { TranscriptToolsSlot, type MarkedRows } from './transcript-tools-slot'

type TranscriptListProps = {
  model: TranscriptModel
  visible: { indices: number[]; starts: Float64Array }
  foldedQuery: string
  /** The current search match as a position in `visible`, with where it starts in that row's text. */
  currentMatch: { row: number; start: number } | null
  callId: string
}

/** The scroller's height cap (36rem) on a desktop screen; the real height replaces it after the first layout. */
const INITIAL_LIST_HEIGHT = 576
/** Room under the last focused row for the floating "Back to current" button (3.5rem). */
const BACK_TO_CURRENT_CLEARANCE = 56

export function TranscriptList({ model, visible, foldedQuery, currentMatch, callId }: TranscriptListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const media = useMediaActions()
  const activeRow = useMediaSelector((snapshot) => findActiveSegment(visible.starts, snapshot.currentTime))
  const QuoteTools = use(TranscriptToolsSlot)?.QuoteTools
  const [marked, setMarked] = useState<MarkedRows | null>(null)

  // Always render the spoken row, even when scrolled away, so it alone carries aria-current.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return activeRow >= 0 && !indexes.includes(activeRow) ? [...indexes, activeRow].sort((a, b) => a - b) : indexes
    },
    [activeRow],
  )
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null)
  const settle = useRowsSettledBeforePaint()
  const scrollToRow = useCallback((row: number) => virtualizerRef.current && settle.scrollToIndex(virtualizerRef.current, row), [settle])
  const { following, resume, pause } = useFollowPlayback(scrollRef)
  const showBackToCurrent = !following && activeRow >= 0

  // The sizes of the rows the server's first view showed, when this list starts with those same rows.
  const [initialMeasurementsCache] = useState(() => {
    const items = firstViewMeasurements(callId)
    return items.every((item) => visible.indices[item.index] === item.index) ? items : []
  })
  useEffect(() => {
    forgetFirstViewRowHeights()
  }, [])

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer keeps its own state outside React
  const virtualizer = useVirtualizer({
    count: visible.indices.length,
    getScrollElement: () => scrollRef.current,
    // A one-line row's height: padding plus the speaker and text lines. Rows measured at their estimate cost no relayout.
    estimateSize: () => 52,
    overscan: 3,
    rangeExtractor,
    // The list's usual height, so the first render already holds rows instead of waiting for a layout to measure it.
    initialRect: { width: 0, height: INITIAL_LIST_HEIGHT },
    observeElementRect: observeRectAfterLayout,
    observeElementOffset: observeOffsetAndOwnWrites,
    scrollToFn: scrollUnlessAtTop,
    measureElement: settle.measureElement,
    onChange: settle.onChange,
    initialMeasurementsCache,
    // Rows reached with Tab stop clear of "Back to current" while it floats over the list.
    scrollPaddingEnd: showBackToCurrent ? BACK_TO_CURRENT_CLEARANCE : 0,
  })
  useLayoutEffect(() => {
    virtualizerRef.current = virtualizer
  })
  // Keeps the spoken row in view while following, once the effect above has handed over the virtualizer. A layout
  // effect: the rows at a new place then render in the task that moved the highlight, before the browser paints the
  // list at its new scroll position.
  useLayoutEffect(() => {
    if (following && activeRow >= 0) scrollToRow(activeRow)
  }, [following, activeRow, scrollToRow])

  useEffect(() => {
    if (!currentMatch) return
    pause()
    scrollToRow(currentMatch.row)
  }, [currentMatch, pause, scrollToRow])

  const moment = useMomentRequest()
  const momentRow = moment ? visible.indices.indexOf(moment.segmentIndex) : -1
  const goToMoment = useEffectEvent((requested: MomentRequest) => {
    media.seek(requested.start)
    // Follow playback from there, as after a click on a row; without a recording to seek, stay on the row. Asked
    // here rather than subscribed to: the recording's metadata arriving would re-render the whole list.
    if (media.hasMetadata()) resume()
    else pause()
    if (momentRow >= 0) scrollToRow(momentRow)
    // The link may be far down the page: bring the transcript itself into view too.
    scrollRef.current?.scrollIntoView({ block: 'nearest' })
  })
  useEffect(() => {
    if (moment) goToMoment(moment)
  }, [moment])

  const playFrom = useCallback(
    (seconds: number) => {
      media.seek(seconds)
      media.play()
      resume()
    },
    [media, resume],
  )

  // The browser scrolls a focused row into view, but rows measured after that can push it out again:
  // the virtualizer keeps it in view until the rows around it have settled.
  const keepFocusedRowInView = (event: FocusEvent<HTMLOListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]')
    if (row) scrollToRow(Number(row.dataset.index))
  }

  return (
    <>
      <div className="relative">
        {/* While "Back to current" floats over the list, rows reached with Tab stop above it rather than under it.
            The scroller is a positioned layer of its own so a quoted range can be drawn behind its rows. */}
        <div
          ref={scrollRef}
          className={cn('relative isolate max-h-[min(36rem,70vh)] overflow-y-auto overscroll-contain', showBackToCurrent && 'scroll-pb-14')}
          data-transcript-scroller=""
        >
          <ol aria-label="Transcript segments" className="relative" style={{ height: virtualizer.getTotalSize() }} onFocus={keepFocusedRowInView}>
            {virtualizer.getVirtualItems().map((item) => {
              const index = visible.indices[item.index]!
              const segment = model.segments[index]!
              return (
                <TranscriptRow
                  key={index}
                  index={item.index}
                  segment={segment}
                  start={item.start}
                  isActive={item.index === activeRow}
                  speaker={model.speakerOf[index]!}
                  guideSeconds={model.durationSeconds}
                  foldedQuery={foldedQuery}
                  currentMatchStart={currentMatch?.row === item.index ? currentMatch.start : -1}
                  evidenceRanges={item.index === momentRow ? moment?.ranges : undefined}
                  mark={marked && item.index >= marked.first && item.index <= marked.last ? marked.mark : undefined}
                  onPlayFrom={playFrom}
                  callId={callId}
                  measureRef={virtualizer.measureElement}
                />
              )
            })}
          </ol>
        </div>
        {showBackToCurrent && (
          <Button variant="primary" className="absolute right-3 bottom-3 shadow-md" onClick={resume}>
            Back to current
          </Button>
        )}
      </div>
      {QuoteTools && (
        <Suspense fallback={null}>
          <QuoteTools model={model} visible={visible} callId={callId} virtualizer={virtualizer} onMark={setMarked} />
        </Suspense>
      )}
    </>
  )
}
