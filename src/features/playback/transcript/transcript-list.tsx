import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/styles/cn'
import { findActiveSegment } from './active-segment'
import { useMediaActions, useMediaSelector } from '@/features/playback/media/media-context'
import type { TranscriptModel } from './transcript-model'
import { TranscriptRow } from './transcript-row'
import { useFollowPlayback } from './use-follow-playback'

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

export function TranscriptList({ model, visible, foldedQuery, currentMatch, callId }: TranscriptListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const media = useMediaActions()
  const activeRow = useMediaSelector((snapshot) => findActiveSegment(visible.starts, snapshot.currentTime))

  // Always render the spoken row, even when scrolled away, so it alone carries aria-current.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return activeRow >= 0 && !indexes.includes(activeRow) ? [...indexes, activeRow].sort((a, b) => a - b) : indexes
    },
    [activeRow],
  )
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
  })
  const scrollToRow = useCallback((row: number) => virtualizer.scrollToIndex(row, { align: 'auto' }), [virtualizer])
  const { following, resume, pause } = useFollowPlayback(scrollRef, activeRow, scrollToRow)

  useEffect(() => {
    if (!currentMatch) return
    pause()
    scrollToRow(currentMatch.row)
  }, [currentMatch, pause, scrollToRow])

  const playFrom = useCallback(
    (seconds: number) => {
      media.seek(seconds)
      media.play()
      resume()
    },
    [media, resume],
  )

  const showBackToCurrent = !following && activeRow >= 0

  return (
    <div className="relative">
      {/* While "Back to current" floats over the list, rows reached with Tab stop above it rather than under it. */}
      <div
        ref={scrollRef}
        className={cn('max-h-[min(36rem,70vh)] overflow-y-auto overscroll-contain', showBackToCurrent && 'scroll-pb-14')}
        data-transcript-scroller=""
      >
        <ol aria-label="Transcript segments" className="relative" style={{ height: virtualizer.getTotalSize() }}>
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
  )
}
