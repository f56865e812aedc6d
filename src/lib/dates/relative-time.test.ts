import { formatRelativeTime } from './relative-time'

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
