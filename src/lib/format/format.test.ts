import { EMPTY, formatDateTime, formatDuration, formatMoney, formatTimestamp, humanizeEnum } from './format'

describe(formatMoney.name, () => {
  it.each([
    [500000, 'usd', '$5,000.00'],
    [500000, 'USD', '$5,000.00'],
    [0, null, '$0.00'],
    [199, undefined, '$1.99'],
    [-2500, 'usd', '-$25.00'],
    [123456, 'eur', '€1,234.56'],
  ])('formats %s cents in %s as %s', (cents, currency, expected) => {
    expect(formatMoney(cents, currency, 'en-US')).toBe(expected)
  })

  it('shows missing money as a dash, never $0.00', () => {
    expect(formatMoney(null, 'usd', 'en-US')).toBe(EMPTY)
    expect(formatMoney(undefined, 'usd', 'en-US')).toBe(EMPTY)
    expect(formatMoney(Number.NaN, 'usd', 'en-US')).toBe(EMPTY)
  })

  it('keeps an unknown currency code next to the amount', () => {
    expect(formatMoney(1000, 'not-a-currency', 'en-US')).toBe('10.00 not-a-currency')
  })
})

describe(formatDateTime.name, () => {
  it('formats valid dates in the given zone', () => {
    expect(formatDateTime('2026-01-20T15:00:00Z', 'en-US', 'UTC')).toBe('Jan 20, 2026, 3:00 PM')
  })

  it.each(['2026-02-30T10:00:00Z', 'yesterday', null])('shows %s as a dash', (value) => {
    expect(formatDateTime(value, 'en-US')).toBe(EMPTY)
  })
})

describe(formatTimestamp.name, () => {
  it.each([
    [0, 0, '0:00'],
    [5.9, 60, '0:05'],
    [754, 2700, '12:34'],
    [754, 4000, '0:12:34'],
    [3725, 3725, '1:02:05'],
    [-3, 60, '0:00'],
    [Number.NaN, 60, '0:00'],
  ])('formats %s s (media of %s s) as %s', (seconds, guide, expected) => {
    expect(formatTimestamp(seconds, guide)).toBe(expected)
  })
})

describe(humanizeEnum.name, () => {
  it.each([
    ['no_show', 'No show'],
    ['booking', 'Booking'],
    ['webinar-followup', 'Webinar followup'],
  ])('turns %s into %s', (value, expected) => {
    expect(humanizeEnum(value)).toBe(expected)
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
    [3900, '1 hr 5 min'],
    [10_830, '3 hr 1 min'],
  ])('formats %s s as %s', (seconds, expected) => {
    expect(formatDuration(seconds, 'en-US')).toBe(expected)
  })

  it.each([-5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined])('shows %s as a dash', (seconds) => {
    expect(formatDuration(seconds, 'en-US')).toBe(EMPTY)
  })
})
