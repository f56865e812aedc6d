import { formatTimeIn, formatZonedDateTime, validTimeZone, viewerTimeZone } from './time-zone'

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

describe(formatZonedDateTime.name, () => {
  it.each([
    ['UTC', 'Nov 17, 2026, 3:00 PM UTC'],
    ['America/Chicago', 'Nov 17, 2026, 9:00 AM CST'],
  ])('names the zone in the text (%s)', (zone, expected) => {
    expect(formatZonedDateTime(DATE, zone, 'en-US')).toBe(expected)
  })

  it('falls back to the viewer’s zone when the zone is unusable', () => {
    expect(formatZonedDateTime(DATE, 'Not/AZone', 'en-US')).toMatch(/^Nov 1[78], 2026/)
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
