import type { Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useMediaActions, useMediaSelector } from '@/features/playback/media/media-context'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import type { MarkedRows } from '@/features/playback/transcript/transcript-tools-slot'
import { copyQuote } from './copy-quote'
import { QuoteBar } from './quote-bar'
import { buildQuote } from './quote-format'
import { quoteSegments, rowsRange, type VisibleRows } from './quoted-rows'
import type { RowSpan } from './range-rows'
import { formatRangeLabel, rangeLink, type TimeRange } from './time-range'
import { useQuotedRange } from './use-quoted-range'
import { useRowBand } from './use-row-band'
import { useRowSelection } from './use-row-selection'

export type QuoteToolsProps = {
  model: TranscriptModel
  visible: VisibleRows
  callId: string
  virtualizer: Virtualizer<HTMLDivElement, Element>
  /** Told which rows to mark for assistive technology: the selection, else the shared range's rows. */
  onMark: (rows: MarkedRows | null) => void
}

/** A shared range marked in the transcript, rows selected for a quote, and the bar that plays or copies either. */
export function QuoteTools({ model, visible, callId, virtualizer, onMark }: QuoteToolsProps) {
  const media = useMediaActions()
  const canPlay = useMediaSelector((snapshot) => snapshot.hasMetadata)
  const bar = useRef<HTMLElement>(null)
  const shared = useQuotedRange(model, visible, virtualizer, bar)
  const selection = useRowSelection(virtualizer.scrollElement, visible.indices)
  useRowBand(virtualizer, shared.rows, 'border-l-4 border-info bg-info-soft')
  useRowBand(virtualizer, selection.span, 'bg-accent outline-2 -outline-offset-2 outline-primary')

  const guideSeconds = model.durationSeconds
  const selected = selection.span && { rows: selection.span, range: rowsRange(model, visible, selection.span) }
  const heading = selected ? selectionHeading(selected.rows, selected.range, guideSeconds) : ''
  const quoted = selected ?? (shared.range && { rows: shared.rows, range: shared.range })

  const first = quoted?.rows?.first ?? -1
  const last = quoted?.rows?.last ?? -1
  const mark = selected ? 'selected' : 'quoted'
  useEffect(() => {
    onMark(first >= 0 ? { first, last, mark } : null)
  }, [onMark, first, last, mark])

  // The model is the call as the page shows it: in screen-share safe mode, its words are already masked.
  const copy = (rows: RowSpan, range: TimeRange) =>
    copyQuote(buildQuote(quoteSegments(model, visible, rows), { range, link: rangeLink(callId, range), guideSeconds }))

  return (
    <>
      <p role="status" className="sr-only">
        {heading}
      </p>
      {quoted && (
        <QuoteBar
          ref={bar}
          heading={heading || `Quoted range ${formatRangeLabel(quoted.range, guideSeconds)}`}
          onPlay={canPlay ? () => media.playRange(quoted.range.start, quoted.range.end) : undefined}
          onCopy={quoted.rows ? () => copy(quoted.rows!, quoted.range) : undefined}
          onClear={selected ? selection.clear : shared.clear}
          clearLabel={selected ? 'Clear selection' : 'Clear range'}
        />
      )}
    </>
  )
}

function selectionHeading({ first, last }: RowSpan, range: TimeRange, guideSeconds: number) {
  const count = last - first + 1
  return `Selected ${formatRangeLabel(range, guideSeconds)} (${count} ${count === 1 ? 'segment' : 'segments'})`
}
