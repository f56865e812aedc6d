import { EMPTY, formatMoney, formatTimestamp, humanizeEnum } from './format'

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
