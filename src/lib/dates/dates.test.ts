import { EMPTY } from '@/lib/format/format'
import { formattersBuiltBy } from '../../../test/formatter-builds'
import { formatDateTime, formatDuration, formatRelativeTime, formatTimeIn, formatTimePhrase, parseIsoDate, validTimeZone, viewerTimeZone, DATE_FORMATTING_WARM_UPS } from './dates'

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

const NOW = new Date('2026-11-17T12:00:00Z')

describe(formatRelativeTime.name, () => {
  it.each([
    ['2026-11-17T12:00:20Z', 'now'],
    ['2026-11-17T11:59:30Z', 'now'],
    ['2026-11-17T12:05:00Z', 'in 5 minutes'],
    ['2026-11-17T10:00:00Z', '2 hours ago'],
    ['2026-11-20T12:00:00Z', 'in 3 days'],
    ['2026-11-16T12:00:00Z', '1 day ago'],
    ['2026-11-18T12:00:00Z', 'in 1 day'],
    ['2027-01-17T12:00:00Z', 'in 2 months'],
    ['2019-08-24T14:15:22Z', '7 years ago'],
  ])('describes %s as "%s"', (iso, expected) => {
    expect(formatRelativeTime(new Date(iso), NOW, 'en-US')).toBe(expected)
  })

  it('accepts now as epoch milliseconds', () => {
    expect(formatRelativeTime(new Date('2026-11-17T13:00:00Z'), NOW.getTime(), 'en-US')).toBe('in 1 hour')
  })

  it('returns null for an invalid date instead of "NaN"', () => {
    expect(formatRelativeTime(new Date(Number.NaN), NOW, 'en-US')).toBeNull()
  })

  it('falls back to the default locale for an unusable locale tag', () => {
    expect(formatRelativeTime(new Date('2026-11-17T14:00:00Z'), NOW, 'not a locale!')).toMatch(/2/)
  })
})

describe(formatTimePhrase.name, () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [725, '12 minutes, 5 seconds'],
    [2700, '45 minutes'],
    [3725.9, '1 hour, 2 minutes, 5 seconds'],
    [7200, '2 hours'],
    [Number.NaN, '0 seconds'],
  ])('says %s s as %j', (seconds, expected) => {
    expect(formatTimePhrase(seconds)).toBe(expected)
  })

  it('says it in the reader’s language, as Intl.DurationFormat does', () => {
    expect(formatTimePhrase(3725, 'de')).toBe('1 Stunde, 2 Minuten und 5 Sekunden')
  })
})

const DATE = new Date('2026-11-17T15:00:00Z')

describe(validTimeZone.name, () => {
  it.each([
    ['America/Chicago', 'America/Chicago'],
    [' Europe/Berlin ', 'Europe/Berlin'],
    ['UTC', 'UTC'],
  ])('accepts %s', (zone, expected) => {
    expect(validTimeZone(zone)).toBe(expected)
  })

  it.each(['Mars/Olympus_Mons', '<script>alert(1)</script>', '', '   ', null, undefined])('ignores %s', (zone) => {
    expect(validTimeZone(zone)).toBeNull()
  })
})

describe(formatDateTime.name, () => {
  it.each([
    ['UTC', 'Nov 17, 2026, 3:00 PM UTC'],
    ['America/Chicago', 'Nov 17, 2026, 9:00 AM CST'],
  ])('names the zone in the text (%s)', (zone, expected) => {
    expect(formatDateTime(DATE, zone, 'en-US')).toBe(expected)
  })

  it('falls back to the viewer’s zone when the zone is unusable', () => {
    expect(formatDateTime(DATE, 'Not/AZone', 'en-US')).toMatch(/^Nov 1[78], 2026/)
  })
})

describe(formatTimeIn.name, () => {
  it('gives the wall-clock time in a zone', () => {
    expect(formatTimeIn(DATE, 'America/Chicago', 'en-US')).toBe('9:00 AM')
  })

  it('returns null for an unknown zone', () => {
    expect(formatTimeIn(DATE, 'Not/AZone', 'en-US')).toBeNull()
  })
})

describe(viewerTimeZone.name, () => {
  it('returns a zone Intl accepts', () => {
    expect(validTimeZone(viewerTimeZone())).not.toBeNull()
  })
})

describe(formatDuration.name, () => {
  it.each([
    [0, '0 min'],
    [45, '45 sec'],
    [59.6, '1 min'],
    [2160, '36 min'],
    [2184, '36 min'],
    [2700, '45 min'],
    [3600, '1 hr'],
    [3900, '1 hr, 5 min'],
    [10_830, '3 hr, 1 min'],
  ])('formats %s s as %s', (seconds, expected) => {
    expect(formatDuration(seconds, 'en-US')).toBe(expected)
  })

  it.each([-5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined])('shows %s as a dash', (seconds) => {
    expect(formatDuration(seconds, 'en-US')).toBe(EMPTY)
  })
})

describe('the date formatting warm-up', () => {
  it('builds the formatters a call page first prints with, so its dates build none', () => {
    for (const warmUp of DATE_FORMATTING_WARM_UPS) warmUp()
    expect(formattersBuiltBy('DateTimeFormat', () => formatDateTime(new Date('2026-11-17T15:00:00Z')))).toBe(0)
  })

  it('builds the player’s zero time too, before the recording’s length is known', () => {
    for (const warmUp of DATE_FORMATTING_WARM_UPS) warmUp()
    expect(formattersBuiltBy('NumberFormat', () => expect(formatTimePhrase(0)).toBe('0 seconds'))).toBe(0)
  })
})
