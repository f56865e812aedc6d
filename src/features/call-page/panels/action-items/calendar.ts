import type { DateArray, EventAttributes, HeaderAttributes } from 'ics'
import type { ActionItem, Call } from '@/entities/call/call-schema'
import { isDateOnly } from './due'
import { plainOwnerLabel, type OwnerLabel } from './owner'
import { UNTITLED_ITEM } from './checklist'

export type ActionItemsCalendar = {
  fileName: string
  header: HeaderAttributes
  events: EventAttributes[]
  /** Items left out because they have no readable due date. */
  skipped: number
}

const EVENT_MINUTES = 30
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * One event per action item with a readable due date: 30 minutes at the due
 * time, or an all-day event for a date without a time. Events are what every
 * calendar app imports; to-dos (VTODO) are skipped by Google Calendar and Outlook.
 * UIDs come from the call id and the item's position, so importing the file
 * again updates the same events instead of duplicating them.
 */
export function buildActionItemsCalendar(
  items: readonly ActionItem[],
  call: Pick<Call, 'id'>,
  ownerLabel: OwnerLabel = plainOwnerLabel,
): ActionItemsCalendar {
  const callRef = shortId(call.id)
  const events = items.flatMap((item, index): EventAttributes[] => {
    const due = item.dueAt?.date
    if (!due) return []
    const base = {
      uid: `${uidSafe(call.id)}-action-item-${index}@aura-call-review`,
      title: clean(item.title ?? '').trim() || UNTITLED_ITEM,
      description: describe(item, ownerLabel(item.owner), callRef),
    }
    if (isDateOnly(item.dueAt)) {
      return [{ ...base, start: dayOf(due.getTime()), end: dayOf(due.getTime() + DAY_MS) }]
    }
    return [{ ...base, start: due.getTime(), startInputType: 'utc', startOutputType: 'utc', duration: { minutes: EVENT_MINUTES } }]
  })
  return {
    fileName: `call-${callRef || 'unknown'}-action-items.ics`,
    header: { productId: '-//Aura call review//Action items//EN', calName: `Action items: call ${callRef}` },
    events,
    skipped: items.length - events.length,
  }
}

function describe(item: ActionItem, owner: string | null, callRef: string) {
  const lines = [item.notes?.trim() ? clean(item.notes.trim()) : null, owner ? `Owner: ${clean(owner)}` : null]
  return [...lines.filter((line) => line !== null), `From call ${callRef}`].join('\n\n')
}

// The library escapes commas, semicolons, backslashes and line breaks, but a
// lone carriage return or other control character would corrupt the file.
function clean(text: string) {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex -- stripping them is the point
}

function shortId(id: string) {
  return uidSafe(id).slice(0, 8)
}

function uidSafe(id: string) {
  return id.replace(/[^A-Za-z0-9_-]/g, '')
}

function dayOf(epochMs: number): DateArray {
  const date = new Date(epochMs)
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}
