import { readApiDate } from '@/lib/dates/dates'
import { dueDeadline, dueStatus, formatDue, isDateOnly } from './due'

const NOW = Date.parse('2026-11-18T12:00:00Z')

describe(dueStatus.name, () => {
  it.each([
    ['a minute ago', '2026-11-18T11:59:00Z', 'overdue'],
    ['last month', '2026-10-01T09:00:00Z', 'overdue'],
    ['yesterday, date only', '2026-11-17', 'overdue'],
    ['today, date only', '2026-11-18', 'due-soon'],
    ['right now', '2026-11-18T12:00:00Z', 'due-soon'],
    ['in 47 hours', '2026-11-20T11:00:00Z', 'due-soon'],
    ['in exactly 48 hours', '2026-11-20T12:00:00Z', 'due-soon'],
    ['in 49 hours', '2026-11-20T13:00:00Z', null],
    ['next month', '2026-12-18T12:00:00Z', null],
    ['with an offset, already past', '2026-11-18T12:30:00+01:00', 'overdue'],
    ['null', null, null],
    ['not a date', 'next Tuesday', null],
    ['an impossible date', '2026-02-30T10:00:00Z', null],
  ])('%s is %j', (_name, value, expected) => {
    expect(dueStatus(readApiDate(value), NOW)).toBe(expected)
  })
})

describe(dueDeadline.name, () => {
  it('reads a date-only value as the end of that day', () => {
    expect(dueDeadline(readApiDate('2026-12-07'))).toBe(Date.parse('2026-12-08T00:00:00Z'))
    expect(dueDeadline(readApiDate('2026-12-07T11:00:00Z'))).toBe(Date.parse('2026-12-07T11:00:00Z'))
  })
})

describe(isDateOnly.name, () => {
  it.each([
    ['2026-12-07', true],
    [' 2026-12-07 ', true],
    ['2026-02-30', false],
    ['2026-12-07T11:00:00Z', false],
    [null, false],
  ])('%j → %j', (value, expected) => {
    expect(isDateOnly(readApiDate(value))).toBe(expected)
  })
})

describe(formatDue.name, () => {
  it('keeps the calendar day of a date-only value in every zone', () => {
    expect(formatDue(readApiDate('2026-12-07'), 'en-US')).toBe('Dec 7, 2026')
  })

  it('shows a dash for an unreadable date', () => {
    expect(formatDue(readApiDate('soon'))).toBe('—')
  })
})
