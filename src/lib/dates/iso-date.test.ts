import { parseIsoDate } from './iso-date'

describe(parseIsoDate.name, () => {
  it.each([
    ['2026-01-20T15:00:00Z', '2026-01-20T15:00:00.000Z'],
    ['2026-01-20T15:00:00.123Z', '2026-01-20T15:00:00.123Z'],
    ['2026-01-20T15:00:00+02:00', '2026-01-20T13:00:00.000Z'],
    ['2026-01-20T15:00:00-0500', '2026-01-20T20:00:00.000Z'],
    ['2026-01-20T15:00Z', '2026-01-20T15:00:00.000Z'],
    ['2026-01-20T15:00:00', '2026-01-20T15:00:00.000Z'],
    ['2026-01-20', '2026-01-20T00:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseIsoDate(input)?.toISOString()).toBe(expected)
  })

  it.each([
    ['30 February', '2026-02-30T10:00:00Z'],
    ['29 February in a common year', '2025-02-29T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['hour 24', '2026-01-20T24:00:00Z'],
    ['minute 60', '2026-01-20T10:60:00Z'],
    ['a US-style date', '01/20/2026'],
    ['an English date', 'January 20, 2026'],
    ['a timestamp number as text', '1768921200000'],
    ['an empty string', ''],
    ['garbage', 'not a date'],
    ['an impossible offset', '2026-01-20T10:00:00+25:00'],
  ])('rejects %s', (_name, input) => {
    expect(parseIsoDate(input)).toBeNull()
  })

  it('rejects null and undefined', () => {
    expect(parseIsoDate(null)).toBeNull()
    expect(parseIsoDate(undefined)).toBeNull()
  })
})
