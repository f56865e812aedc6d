import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import type { ActionItem, Call } from '@/entities/call/call-schema'
import type { OwnerLabel } from './owner'
import { buildActionItemsCalendar } from './calendar'
import { downloadText } from '@/lib/files/download'
import { PRIVATE_NOTE, usePrivateMode } from '@/lib/privacy/private-mode'
import { createIcsText } from './calendar-ics'

type Status = { kind: 'idle' | 'working' | 'done' | 'failed'; message: string }
const IDLE: Status = { kind: 'idle', message: '' }

/** Downloads an .ics file with one event per dated item; explains itself when there is nothing to add. */
export function AddToCalendarButton({ items, call, ownerLabel }: { items: readonly ActionItem[]; call: Call; ownerLabel: OwnerLabel }) {
  const [status, setStatus] = useState<Status>(IDLE)
  const privateMode = usePrivateMode()
  const noteId = useId()
  const plan = buildActionItemsCalendar(items, call, ownerLabel)
  const unavailable = plan.events.length === 0
  const note = unavailable
    ? 'No action item has a due date to add.'
    : plan.skipped > 0
      ? `${plan.skipped} ${plan.skipped === 1 ? 'item has' : 'items have'} no due date and will be left out.`
      : null

  const download = async () => {
    if (unavailable || status.kind === 'working') return
    setStatus({ kind: 'working', message: 'Preparing the calendar file…' })
    try {
      downloadText(plan.fileName, await createIcsText(plan), 'text/calendar;charset=utf-8')
      const count = plan.events.length
      const hidden = privateMode ? `, ${PRIVATE_NOTE}` : ''
      setStatus({ kind: 'done', message: `Downloaded ${plan.fileName} with ${count} ${count === 1 ? 'event' : 'events'}${hidden}.` })
    } catch {
      setStatus({ kind: 'failed', message: 'Couldn’t create the calendar file. Please try again.' })
    }
  }

  return (
    <div className="flex min-w-0 flex-col items-start gap-1">
      {/* aria-disabled rather than disabled keeps the button focusable, so its explanation is heard. */}
      <Button
        aria-disabled={unavailable || undefined}
        aria-label={privateMode ? `Add to calendar (${PRIVATE_NOTE})` : undefined}
        aria-describedby={note ? noteId : undefined}
        onClick={() => void download()}
        className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
      >
        Add to calendar
      </Button>
      {note && (
        <p id={noteId} className="text-xs text-muted-foreground">
          {note}
        </p>
      )}
      <p role="status" className={status.kind === 'failed' ? 'text-xs wrap-anywhere text-danger' : 'text-xs wrap-anywhere text-muted-foreground'}>
        {status.message}
      </p>
    </div>
  )
}
