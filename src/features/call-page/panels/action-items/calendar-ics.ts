import { foldIcalLines } from '@/lib/files/fold-ical-lines'
import type { EventAttributes, HeaderAttributes } from 'ics'

/**
 * The iCalendar text for `events`. The `ics` library is loaded on first use,
 * so it stays out of the bundle until someone asks for a calendar file.
 */
export async function createIcsText({ events, header }: { events: EventAttributes[]; header: HeaderAttributes }) {
  const { createEvents } = await import('ics')
  const { error, value } = createEvents(events, header)
  if (error || !value) throw error ?? new Error('The calendar file could not be created.')
  return foldIcalLines(value)
}
