import { lazy, Suspense, useDeferredValue } from 'react'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import type { Call } from '@/entities/call/call-schema'
import { EvidenceProvider } from '@/features/playback/evidence/evidence-context'
import { PlaybackSection } from '@/features/playback/playback-section'
import { TranscriptToolsSlot } from '@/features/playback/transcript/transcript-tools-slot'
import { CallHeader } from './call-header'

// Fetched as soon as the app starts, alongside the call, and kept out of the first script the page runs.
const deferredPanels = import('./deferred-panels')
const BelowThePlayer = lazy(() => deferredPanels.then((module) => ({ default: module.BelowThePlayer })))
const SidePanels = lazy(() => deferredPanels.then((module) => ({ default: module.SidePanels })))
const transcriptTools = {
  ExportMenu: lazy(() => deferredPanels.then((module) => ({ default: module.TranscriptExportMenu }))),
  QuoteTools: lazy(() => deferredPanels.then((module) => ({ default: module.QuoteTools }))),
}

/** Recording and transcript take the main column; the other panels sit beside them (one column on phones). */
export function CallLayout({ call }: { call: Call }) {
  // The side panels follow the main column in a pass of their own, so neither is one long task on a slow phone.
  const showSidePanels = useDeferredValue(true, false)
  return (
    <EvidenceProvider call={call}>
      <article className="flex flex-col gap-6">
        <SlotBoundary name="Call details">
          <CallHeader call={call} />
        </SlotBoundary>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="flex min-w-0 flex-col gap-4">
            <SlotBoundary name="Recording and transcript">
              <TranscriptToolsSlot value={transcriptTools}>
                <PlaybackSection call={call} />
              </TranscriptToolsSlot>
            </SlotBoundary>
            <Suspense fallback={null}>
              <BelowThePlayer call={call} />
            </Suspense>
          </div>
          {showSidePanels && (
            <Suspense fallback={null}>
              <SidePanels call={call} />
            </Suspense>
          )}
        </div>
      </article>
    </EvidenceProvider>
  )
}
