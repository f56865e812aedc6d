import { memo } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { Button } from '@/components/ui/button'
import { ShareButton } from '@/components/ui/share-button'
import { formatTimestamp } from '@/lib/format/format'
import { callLink } from '@/lib/url/share-link'
import { formatTimePhrase } from '@/lib/dates/dates'
import { speakerColor, type Speaker } from './speaker-colors'
import { HighlightedText } from './highlighted-text'

type TranscriptRowProps = {
  segment: Segment
  index: number
  start: number
  isActive: boolean
  speaker: Speaker
  guideSeconds: number
  foldedQuery: string
  /** Where the current search match starts in this row's text, or -1. */
  currentMatchStart: number
  /** The words an evidence link pointed at in this row. */
  evidenceRanges?: readonly (readonly [number, number])[]
  /** Said to assistive technology when the row is in a quoted range ("quoted") or a selection ("selected"). */
  mark?: string
  onPlayFrom: (seconds: number) => void
  callId: string
  measureRef: (element: HTMLElement | null) => void
}

const LINK_BUTTON_CLASS =
  'h-fit px-1.5 py-0.5 text-xs opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 group-aria-[current=true]:opacity-100 focus:opacity-100'

/** One transcript segment. Memoised: moving the highlight re-renders only the two rows it leaves and enters. */
export const TranscriptRow = memo(function TranscriptRow({
  segment, index, start, isActive, speaker: { label: speaker, slot }, guideSeconds, foldedQuery, currentMatchStart, evidenceRanges, mark, onPlayFrom, callId, measureRef,
}: TranscriptRowProps) {
  const time = formatTimestamp(segment.start, guideSeconds)
  return (
    // Mouse users may click anywhere on the row, unless they were selecting its words; keyboard users have the timestamp button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <li
      ref={measureRef}
      data-index={index}
      aria-current={isActive ? 'true' : undefined}
      className="group absolute inset-x-0 top-0 flex gap-3 rounded-md border-l-4 border-transparent px-2 py-2 text-sm aria-[current=true]:border-primary aria-[current=true]:bg-accent"
      style={{ transform: `translateY(${start}px)` }}
      onClick={(event) => {
        if (segment.timed && !(event.target instanceof HTMLButtonElement) && getSelection()?.isCollapsed !== false) onPlayFrom(segment.start)
      }}
    >
      {segment.timed ? (
        <button
          type="button"
          className="h-fit shrink-0 rounded px-1 font-mono text-xs text-muted-foreground tabular-nums hover:bg-muted hover:text-foreground"
          aria-label={`Play from ${time} (${formatTimePhrase(segment.start)}), ${speaker}`}
          onClick={() => onPlayFrom(segment.start)}
        >
          {time}
        </button>
      ) : null}
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold" style={{ color: speakerColor(slot) }}>
          {speaker}
          {isActive && <span className="sr-only"> (now playing)</span>}
          {mark && <span className="sr-only"> ({mark})</span>}
        </p>
        <p className="wrap-anywhere">
          <HighlightedText text={segment.text} foldedQuery={foldedQuery} currentMatchStart={currentMatchStart} evidenceRanges={evidenceRanges} />
        </p>
      </div>
      {segment.timed && (
        <ShareButton
          variant="ghost"
          className={LINK_BUTTON_CLASS}
          aria-label={`Copy link to this moment (${time})`}
          getUrl={() => callLink(callId, segment.start)}
          title={`${speaker} at ${time}`}
        >
          Link
        </ShareButton>
      )}
    </li>
  )
})

/**
 * The room a row's Link button and its status take, for rows drawn before the app runs (the server's first view):
 * the same button, unseen and out of reach, so those rows wrap exactly as the app's will.
 */
export function LinkButtonRoom() {
  return (
    <span aria-hidden="true" className="invisible inline-flex items-center gap-2">
      <Button variant="ghost" tabIndex={-1} className={LINK_BUTTON_CLASS}>
        Link
      </Button>
      <span />
    </span>
  )
}
