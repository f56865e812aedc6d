import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useRowsSettledBeforePaint } from '@/components/ui/rows-settled-before-paint'
import { observeOffsetAndOwnWrites, observeRectAfterLayout, scrollUnlessAtTop } from '@/components/ui/virtualizer-after-layout'
import { formatTimestamp } from '@/lib/format/format'
import { speakerColor } from '@/features/playback/transcript/speaker-colors'
import { POINT_TAG } from './point-kinds'
import type { PointOfInterest } from './points-of-interest'

type PointListProps = { points: readonly PointOfInterest[]; guideSeconds: number; onGo: (point: PointOfInterest) => void }

/** The points as buttons, virtualized: a 3-hour call has thousands. */
export function PointList({ points, guideSeconds, onGo }: PointListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const settle = useRowsSettledBeforePaint()
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer keeps its own state outside React
  const virtualizer = useVirtualizer({
    count: points.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    // The list mounts with the points, after the page has painted: measuring its rows or its scroller then is a layout
    // of the whole page.
    measureElement: settle.measureElement,
    onChange: settle.onChange,
    observeElementRect: observeRectAfterLayout,
    observeElementOffset: observeOffsetAndOwnWrites,
    scrollToFn: scrollUnlessAtTop,
    overscan: 4,
    initialRect: { width: 0, height: 320 },
  })
  return (
    <div ref={scrollRef} className="max-h-80 overflow-y-auto overscroll-contain">
      <ol aria-label="Points" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const point = points[item.index]!
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="absolute inset-x-0 top-0 py-0.5"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                onClick={() => onGo(point)}
                className="flex w-full min-w-0 items-baseline gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted"
              >
                <span className="shrink-0 font-mono text-xs text-muted-foreground tabular-nums">
                  {point.timed ? formatTimestamp(point.start, guideSeconds) : '—'}
                </span>{' '}
                <span className="shrink-0 rounded-full border border-border px-1.5 text-xs">{POINT_TAG[point.kind]}</span>{' '}
                <span className="min-w-0">
                  <span className="font-semibold" style={{ color: speakerColor(point.speaker.slot) }}>
                    {point.speaker.label}
                  </span>{' '}
                  <span className="wrap-anywhere">{point.text}</span>
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
