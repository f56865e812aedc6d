// The panels a reviewer reads after the recording and transcript, and the lead's other calls:
// a chunk of their own, so the first script the page runs holds only what paints the call's top.
import type { ReactNode } from 'react'
import { PANELS_DRAWN_NEAR_THE_SCREEN } from '@/components/ui/drawn-near-the-screen'
import { PanelNearTheScreen } from '@/components/ui/panel-near-the-screen'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import { cn } from '@/lib/styles/cn'
import type { Call } from '@/entities/call/call-schema'
import { LeadJourney } from '@/features/lead-journey/lead-journey'
import { LEAD_JOURNEY_HEADING } from '@/features/lead-journey/journey-strip'
import { ActionItemsPanel } from './panels/action-items/action-items-panel'
import { AiSummaryPanel } from './panels/ai-summary/ai-summary-panel'
import { AttributionPanel } from './panels/attribution/attribution-panel'
import { FormDataPanel } from './panels/form-data/form-data-panel'
import { NotesPanel } from './panels/notes/notes-panel'
import { OutcomePanel } from './panels/outcome/outcome-panel'
import { PeoplePanel } from './panels/people/people-panel'
import { SchedulingPanel } from './panels/scheduling/scheduling-panel'

// The transcript's own deferred tools ride along (see TranscriptToolsSlot).
export { QuoteTools } from '@/features/playback/quote/quote-tools'
export { TranscriptExportMenu } from '@/features/playback/transcript/transcript-export-menu'

/** A panel by the name of its region, so its error fallback carries the same name. */
type CallPanel = { name: string; Panel: (props: { call: Call }) => ReactNode }

const BELOW_THE_PLAYER: CallPanel[] = [
  { name: 'AI summary', Panel: AiSummaryPanel },
  { name: 'Action items', Panel: ActionItemsPanel },
]

const BESIDE_THE_PLAYER: CallPanel[] = [
  { name: 'Scheduling', Panel: SchedulingPanel },
  { name: 'Outcome', Panel: OutcomePanel },
  { name: 'People', Panel: PeoplePanel },
  { name: 'Form data', Panel: FormDataPanel },
  { name: 'Attribution', Panel: ({ call }) => <AttributionPanel attribution={call.attribution} /> },
  { name: 'Notes', Panel: NotesPanel },
]

function Panels({ panels, call }: { panels: CallPanel[]; call: Call }) {
  return panels.map(({ name, Panel }) => (
    <PanelNearTheScreen key={name} name={name}>
      <Panel call={call} />
    </PanelNearTheScreen>
  ))
}

/** Under the player: the AI summary and the action items. */
function BelowThePlayer({ call }: { call: Call }) {
  return (
    <div className={cn('contents', PANELS_DRAWN_NEAR_THE_SCREEN)}>
      <Panels panels={BELOW_THE_PLAYER} call={call} />
    </div>
  )
}

/** The column beside the recording: details a reviewer reads after the call itself. */
function SidePanels({ call }: { call: Call }) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-4', PANELS_DRAWN_NEAR_THE_SCREEN)}>
      <Panels panels={BESIDE_THE_PLAYER} call={call} />
    </div>
  )
}

/** Under the call's header: the lead's calls, this one among them. */
function LeadJourneyStrip({ call }: { call: Call }) {
  return (
    <SlotBoundary name={LEAD_JOURNEY_HEADING}>
      <LeadJourney call={call} />
    </SlotBoundary>
  )
}

const PARTS = {
  journey: LeadJourneyStrip,
  below: BelowThePlayer,
  beside: SidePanels,
}

/** One part of the call page this chunk holds, by where it sits on the page. */
export function DeferredPart({ part, call }: { part: keyof typeof PARTS; call: Call }) {
  const Part = PARTS[part]
  return <Part call={call} />
}
