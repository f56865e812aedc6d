import { lazy, Suspense, useDeferredValue } from 'react'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import type { Call } from '@/entities/call/call-schema'
import { JourneyWhileLoading } from '@/features/lead-journey/journey-while-loading'
import { EvidenceProvider } from '@/features/playback/evidence/evidence-context'
import { PlaybackSection } from '@/features/playback/playback-section'
import { TranscriptToolsSlot } from '@/features/playback/transcript/transcript-tools-slot'
import { useShownCall } from '@/features/privacy/use-shown-call'
import { inNextTask } from '@/lib/scheduling/in-next-task'
import { CallHeader } from './call-header'
import { CallLoading } from './call-loading'

// Fetched as soon as the app starts, alongside the call, and kept out of the first script the page runs.
// One lazy component for all its parts, as each lazy component costs that script a few bytes.
const deferredPanels = inNextTask(() => import('./deferred-panels'))
const DeferredPart = lazy(() => deferredPanels.then((module) => ({ default: module.DeferredPart })))
const transcriptTools = {
  ExportMenu: lazy(() => deferredPanels.then((module) => ({ default: module.TranscriptExportMenu }))),
  QuoteTools: lazy(() => deferredPanels.then((module) => ({ default: module.QuoteTools }))),
}

/** Recording and transcript take the main column; the other panels sit beside them (one column on phones). */
export function CallLayout({ call: loaded }: { call: Call }) {
  // The first pass paints the header, player and transcript; the panels under and beside them follow in a pass
  // of their own after that paint, so neither is one long task on a slow phone.
  const showPanels = useDeferredValue(true, false)
  // Every part of the page below shows, copies and exports this call, so none can show what the mode hides.
  const call = useShownCall(loaded)
  if (!call) return <CallLoading failureReason={null} offline={false} />
  return (
    <EvidenceProvider call={call}>
      <article className="flex flex-col gap-6">
        <SlotBoundary name="Call details">
          <CallHeader call={call} />
        </SlotBoundary>
        {/* Its room is held while its code loads, so the page below does not move when it arrives. */}
        <Suspense fallback={<JourneyWhileLoading call={call} />}>
          <DeferredPart part="journey" call={call} />
        </Suspense>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="flex min-w-0 flex-col gap-4">
            <SlotBoundary name="Recording and transcript">
              <TranscriptToolsSlot value={transcriptTools}>
                <PlaybackSection call={call} />
              </TranscriptToolsSlot>
            </SlotBoundary>
            {showPanels && (
              <Suspense fallback={null}>
                <DeferredPart part="below" call={call} />
              </Suspense>
            )}
          </div>
          {showPanels && (
            <Suspense fallback={null}>
              <DeferredPart part="beside" call={call} />
            </Suspense>
          )}
        </div>
      </article>
    </EvidenceProvider>
  )
}
