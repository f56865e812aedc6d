import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from './intl-formatters'

describe('Intl formatters', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' })).toBe(numberFormat('en-US', { style: 'currency', currency: 'EUR' }))
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' })).not.toBe(numberFormat('en-US', { style: 'currency', currency: 'USD' }))
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' }).format(Date.UTC(2026, 10, 30, 20))).toBe('Dec 1, 2026')
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 30, 20))).toBe('Nov 30, 2026')
    expect(relativeTimeFormat('en-US', { numeric: 'auto' })).toBe(relativeTimeFormat('en-US', { numeric: 'auto' }))
    expect(relativeTimeFormat('en-US', { numeric: 'auto' }).format(-1, 'day')).toBe('yesterday')
    expect(relativeTimeFormat('en-US', { numeric: 'always' }).format(-1, 'day')).toBe('1 day ago')
  })

  it('builds one list formatter per locale and options', () => {
    expect(listFormat('en-US', { type: 'unit', style: 'long' })).toBe(listFormat('en-US', { type: 'unit', style: 'long' }))
    expect(listFormat('en-US', { type: 'unit', style: 'long' })).not.toBe(listFormat('en-US', { type: 'unit', style: 'short' }))
    expect(listFormat('en-US', { type: 'unit', style: 'long' }).format(['2 minutes', '5 seconds'])).toBe('2 minutes, 5 seconds')
  })

  it('throws for options Intl refuses, every time, so the caller falls back', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError)
  })
})
