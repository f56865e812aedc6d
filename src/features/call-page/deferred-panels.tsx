import { SlotBoundary } from '@/components/ui/slot-boundary'
import type { Call } from '@/entities/call/call-schema'
import { ActionItemsPanel } from './panels/action-items/action-items-panel'
import { AiSummaryPanel } from './panels/ai-summary/ai-summary-panel'
import { AttributionPanel } from './panels/attribution/attribution-panel'
import { FormDataPanel } from './panels/form-data/form-data-panel'
import { NotesPanel } from './panels/notes/notes-panel'
import { OutcomePanel } from './panels/outcome/outcome-panel'
import { PeoplePanel } from './panels/people/people-panel'
import { SchedulingPanel } from './panels/scheduling/scheduling-panel'

// The panels a reviewer reads after the recording and transcript: a chunk of their own,
// so the first script the page runs holds only what paints the call's top.

/** Under the player: the AI summary and the action items. */
export function BelowThePlayer({ call }: { call: Call }) {
  return (
    <>
      <SlotBoundary name="AI summary">
        <AiSummaryPanel call={call} />
      </SlotBoundary>
      <SlotBoundary name="Action items">
        <ActionItemsPanel call={call} />
      </SlotBoundary>
    </>
  )
}

/** The column beside the recording: details a reviewer reads after the call itself. */
export function SidePanels({ call }: { call: Call }) {
  return (
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
  )
}
