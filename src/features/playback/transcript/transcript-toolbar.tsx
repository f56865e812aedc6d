import type { KeyboardEvent } from 'react'
import type { Speaker } from './speaker-colors'
import { Button } from '@/components/ui/button'
import { SpeakerSelect } from './speaker-select'

export const TRANSCRIPT_SEARCH_ID = 'transcript-search'
const SEARCH_STATUS_ID = 'transcript-search-status'

type TranscriptToolbarProps = {
  query: string
  onQueryChange: (query: string) => void
  matchCount: number
  currentMatch: number
  /** True while the count is still the one for an earlier query. */
  searching: boolean
  onStep: (direction: 1 | -1) => void
  speakers: readonly Speaker[]
  /** The key of the speaker shown alone, or null for all. */
  speaker: string | null
  onSpeakerChange: (speakerKey: string | null) => void
}

export function TranscriptToolbar(props: TranscriptToolbarProps) {
  const { query, onQueryChange, matchCount, currentMatch, searching, onStep, speakers, speaker, onSpeakerChange } = props
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      onStep(event.shiftKey ? -1 : 1)
    }
    if (event.key === 'Escape' && query) {
      event.preventDefault()
      onQueryChange('')
    }
  }
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <input
        id={TRANSCRIPT_SEARCH_ID}
        type="search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-label="Search transcript"
        aria-describedby={SEARCH_STATUS_ID}
        aria-keyshortcuts="/"
        placeholder="Search transcript  /"
        className="min-w-0 flex-1 basis-40 rounded-md border border-border bg-card px-3 py-1.5 text-sm"
      />
      <span id={SEARCH_STATUS_ID} role="status" aria-busy={searching} className="min-w-16 text-xs text-muted-foreground tabular-nums">
        {query.trim() ? (matchCount > 0 ? `${currentMatch + 1} of ${matchCount}` : 'No matches') : ''}
      </span>
      <Button size="icon" onClick={() => onStep(-1)} disabled={matchCount === 0} aria-label="Previous match">
        ↑
      </Button>
      <Button size="icon" onClick={() => onStep(1)} disabled={matchCount === 0} aria-label="Next match">
        ↓
      </Button>
      <SpeakerSelect label="Speaker" speakers={speakers} value={speaker} onChange={onSpeakerChange} />
    </div>
  )
}
