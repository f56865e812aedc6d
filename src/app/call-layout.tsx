import { useDeferredValue } from 'react'
import { AiSummaryPanel } from '@/features/call/ai-summary-panel'
import { ActionItemsPanel } from '@/features/call/action-items-panel'
import { AttributionPanel } from '@/features/call/attribution-panel'
import { CallHeader } from '@/features/call/call-header'
import type { Call } from '@/features/call/call-schema'
import { FormDataPanel } from '@/features/call/form-data-panel'
import { NotesPanel } from '@/features/call/notes-panel'
import { OutcomePanel } from '@/features/call/outcome-panel'
import { PeoplePanel } from '@/features/call/people-panel'
import { SchedulingPanel } from '@/features/call/scheduling-panel'
import { PlaybackSection } from '@/features/playback/playback-section'

/** Recording and transcript take the main column; the other panels sit beside them (one column on phones). */
export function CallLayout({ call }: { call: Call }) {
  // The side panels follow the main column in a pass of their own, so neither is one long task on a slow phone.
  const showSidePanels = useDeferredValue(true, false)
  return (
    <article className="flex flex-col gap-6">
      <CallHeader call={call} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <PlaybackSection call={call} />
          <AiSummaryPanel call={call} />
          <ActionItemsPanel call={call} />
        </div>
        {showSidePanels && (
          <div className="flex min-w-0 flex-col gap-4">
            <SchedulingPanel call={call} />
            <OutcomePanel call={call} />
            <PeoplePanel call={call} />
            <FormDataPanel call={call} />
            <AttributionPanel attribution={call.attribution} />
            <NotesPanel call={call} />
          </div>
        )}
      </div>
    </article>
  )
}
