import { useDeferredValue } from 'react'
import { AiSummaryPanel } from '@/features/call-page/panels/ai-summary/ai-summary-panel'
import { ActionItemsPanel } from '@/features/call-page/panels/action-items/action-items-panel'
import { AttributionPanel } from '@/features/call-page/panels/attribution/attribution-panel'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import { CallHeader } from './call-header'
import type { Call } from '@/entities/call/call-schema'
import { FormDataPanel } from '@/features/call-page/panels/form-data/form-data-panel'
import { NotesPanel } from '@/features/call-page/panels/notes/notes-panel'
import { OutcomePanel } from '@/features/call-page/panels/outcome/outcome-panel'
import { PeoplePanel } from '@/features/call-page/panels/people/people-panel'
import { SchedulingPanel } from '@/features/call-page/panels/scheduling/scheduling-panel'
import { PlaybackSection } from '@/features/playback/playback-section'

/** Recording and transcript take the main column; the other panels sit beside them (one column on phones). */
export function CallLayout({ call }: { call: Call }) {
  // The side panels follow the main column in a pass of their own, so neither is one long task on a slow phone.
  const showSidePanels = useDeferredValue(true, false)
  return (
    <article className="flex flex-col gap-6">
      <SlotBoundary name="Call details">
        <CallHeader call={call} />
      </SlotBoundary>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <SlotBoundary name="Recording and transcript">
            <PlaybackSection call={call} />
          </SlotBoundary>
          <SlotBoundary name="AI summary">
            <AiSummaryPanel call={call} />
          </SlotBoundary>
          <SlotBoundary name="Action items">
            <ActionItemsPanel call={call} />
          </SlotBoundary>
        </div>
        {showSidePanels && (
          <div className="flex min-w-0 flex-col gap-4">
            <SlotBoundary name="Scheduling">
              <SchedulingPanel call={call} />
            </SlotBoundary>
            <SlotBoundary name="Outcome">
              <OutcomePanel call={call} />
            </SlotBoundary>
            <SlotBoundary name="People">
              <PeoplePanel call={call} />
            </SlotBoundary>
            <SlotBoundary name="Form data">
              <FormDataPanel call={call} />
            </SlotBoundary>
            <SlotBoundary name="Attribution">
              <AttributionPanel attribution={call.attribution} />
            </SlotBoundary>
            <SlotBoundary name="Notes">
              <NotesPanel call={call} />
            </SlotBoundary>
          </div>
        )}
      </div>
    </article>
  )
}
