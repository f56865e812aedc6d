import { formatDate, formatDateTime, type ApiDate } from '@/lib/dates/dates'
import { EMPTY } from '@/lib/format/format'

export type DueStatus = 'overdue' | 'due-soon' | null

const DAY_MS = 24 * 60 * 60 * 1000
const DUE_SOON_MS = 2 * DAY_MS
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** A due value without a time ("2026-12-07") means the whole day, not its first minute. */
export function isDateOnly(value: ApiDate | null) {
  return value?.date != null && DATE_ONLY.test(value.raw.trim())
}

/** When the item stops being on time, in epoch ms; null when the value isn't a readable date. */
export function dueDeadline(value: ApiDate | null) {
  const date = value?.date
  if (!date) return null
  return isDateOnly(value) ? date.getTime() + DAY_MS : date.getTime()
}

export function dueStatus(value: ApiDate | null, now: number): DueStatus {
  const deadline = dueDeadline(value)
  if (deadline === null) return null
  if (deadline < now) return 'overdue'
  return deadline - now <= DUE_SOON_MS ? 'due-soon' : null
}

/** The due date as text, in the viewer's locale; a date-only value keeps its calendar day. */
export function formatDue(value: ApiDate | null, locale?: string) {
  const date = value?.date
  if (!date) return EMPTY
  return isDateOnly(value) ? formatDate(date, locale, 'UTC') : formatDateTime(date, undefined, locale)
}
