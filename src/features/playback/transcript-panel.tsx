import { useDeferredValue, useMemo, useState } from 'react'
import { CountBadge } from '@/components/ui/count-badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { TranscriptList } from './transcript-list'
import { visibleSegments, type TranscriptModel } from './transcript-model'
import { findMatches, foldQuery } from './transcript-search'
import { TranscriptToolbar } from './transcript-toolbar'

export function TranscriptPanel({ model, initialQuery = '' }: { model: TranscriptModel | null; initialQuery?: string }) {
  const count = model?.segments.length ?? 0
  return (
    <Panel heading="Transcript" aside={count > 0 && <CountBadge value={count} label={count === 1 ? 'segment' : 'segments'} />}>
      {model ? (
        <TranscriptView model={model} initialQuery={initialQuery} />
      ) : (
        <EmptyState>No transcript for this call.</EmptyState>
      )}
    </Panel>
  )
}

function TranscriptView({ model, initialQuery }: { model: TranscriptModel; initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery)
  const [speaker, setSpeaker] = useState<string | null>(null)
  const [step, setStep] = useState(0)
  const foldedQuery = foldQuery(useDeferredValue(query))
  const visible = useMemo(() => visibleSegments(model, speaker), [model, speaker])
  const matches = useMemo(() => matchesIn(model, visible.indices, foldedQuery), [model, visible, foldedQuery])
  const currentIndex = matches.length > 0 ? ((step % matches.length) + matches.length) % matches.length : 0
  const current = matches[currentIndex]
  const currentMatch = useMemo(() => (current ? { row: current.row, start: current.start } : null), [current])

  return (
    <>
      <TranscriptToolbar
        query={query}
        onQueryChange={(next) => {
          setQuery(next)
          setStep(0)
        }}
        matchCount={matches.length}
        currentMatch={currentIndex}
        onStep={(direction) => setStep((value) => value + direction)}
        speakers={model.speakers}
        speaker={speaker}
        onSpeakerChange={(next) => {
          setSpeaker(next)
          setStep(0)
        }}
      />
      {visible.indices.length > 0 ? (
        <TranscriptList model={model} visible={visible} foldedQuery={foldedQuery} currentMatch={currentMatch} />
      ) : (
        <EmptyState>No segments from this speaker.</EmptyState>
      )}
    </>
  )
}

/** Matches among the visible rows, each with its row position in the list. */
function matchesIn(model: TranscriptModel, indices: number[], foldedQuery: string) {
  if (!foldedQuery) return []
  const texts = indices.map((index) => model.texts[index]!)
  const folded = indices.map((index) => model.foldedTexts[index]!)
  return findMatches(texts, folded, foldedQuery).map((match) => ({ row: match.segmentIndex, start: match.start }))
}
