import { Suspense, use, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useMomentRequest } from '@/features/playback/evidence/evidence-context'
import { CountBadge } from '@/components/ui/count-badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from '@/entities/call/call-schema'
import { PrintTranscript } from './print-transcript'
import { TranscriptList } from './transcript-list'
import { visibleSegments, type TranscriptModel } from './transcript-model'
import { findMatches, foldQuery } from './transcript-search'
import { TranscriptToolbar } from './transcript-toolbar'
import { TranscriptToolsSlot } from './transcript-tools-slot'
import { usePublishSearchMarks } from './search-marks'

type TranscriptPanelProps = {
  model: TranscriptModel | null
  call: Pick<Call, 'id' | 'scheduledAt'>
  initialQuery?: string
}

export function TranscriptPanel({ model, call, initialQuery = '' }: TranscriptPanelProps) {
  const count = model?.segments.length ?? 0
  const ExportMenu = use(TranscriptToolsSlot)?.ExportMenu
  // As tall as the export menu's button, so the transcript does not move when the menu's code arrives.
  const aside = model && (
    <span className="flex min-h-6 items-center gap-2">
      <CountBadge value={count} label={count === 1 ? 'segment' : 'segments'} />
      {ExportMenu && (
        <Suspense fallback={null}>
          <ExportMenu model={model} call={call} />
        </Suspense>
      )}
    </span>
  )
  return (
    <Panel heading="Transcript" aside={aside}>
      {model ? (
        <TranscriptView model={model} callId={call.id} initialQuery={initialQuery} />
      ) : (
        <EmptyState>No transcript for this call.</EmptyState>
      )}
    </Panel>
  )
}

function TranscriptView({ model, callId, initialQuery }: { model: TranscriptModel; callId: string; initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery)
  const [speaker, setSpeaker] = useState<string | null>(null)
  const [step, setStep] = useState(0)
  const moment = useMomentRequest()
  const [shownMoment, setShownMoment] = useState(moment)
  if (moment !== shownMoment) {
    // An evidence link to a row the speaker filter hides shows every speaker again.
    setShownMoment(moment)
    if (moment && speaker !== null && model.speakerOf[moment.segmentIndex]?.key !== speaker) setSpeaker(null)
  }
  const searchedQuery = useDeferredValue(query)
  const foldedQuery = foldQuery(searchedQuery)
  const visible = useMemo(() => visibleSegments(model, speaker), [model, speaker])
  const matches = useMemo(() => matchesIn(model, visible.indices, foldedQuery), [model, visible, foldedQuery])
  const publishSearchMarks = usePublishSearchMarks()
  useEffect(() => {
    publishSearchMarks?.(matches.map((match) => model.segments[visible.indices[match.row]!]!.start))
  }, [matches, model, visible, publishSearchMarks])
  const currentIndex = matches.length > 0 ? ((step % matches.length) + matches.length) % matches.length : 0
  const current = matches[currentIndex]
  const currentMatch = useMemo(() => (current ? { row: current.row, start: current.start } : null), [current])

  return (
    <>
      <PrintTranscript model={model} />
      <div className="contents print:hidden">
        <TranscriptToolbar
          query={query}
          onQueryChange={(next) => {
            setQuery(next)
            setStep(0)
          }}
          matchCount={matches.length}
          currentMatch={currentIndex}
          searching={searchedQuery !== query}
          onStep={(direction) => setStep((value) => value + direction)}
          speakers={model.speakers}
          speaker={speaker}
          onSpeakerChange={(next) => {
            setSpeaker(next)
            setStep(0)
          }}
        />
        {visible.indices.length > 0 ? (
          <TranscriptList model={model} visible={visible} foldedQuery={foldedQuery} currentMatch={currentMatch} callId={callId} />
        ) : (
          <EmptyState>No segments from this speaker.</EmptyState>
        )}
      </div>
    </>
  )
}

/** Matches among the visible rows, each with its row position in the list. */
function matchesIn(model: TranscriptModel, indices: number[], foldedQuery: string) {
  if (!foldedQuery) return []
  const texts = indices.map((index) => model.texts[index]!)
  const foldedTexts = model.foldedTexts()
  const folded = indices.map((index) => foldedTexts[index]!)
  return findMatches(texts, folded, foldedQuery).map((match) => ({ row: match.segmentIndex, start: match.start }))
}
