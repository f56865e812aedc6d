import { dateTimeFormat, durationFormat, numberFormat, relativeTimeFormat } from './intl-formatters'

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

  it.runIf('DurationFormat' in Intl)('builds one duration formatter per locale and style', () => {
    const formatter = durationFormat('en-US', 'long')
    expect(formatter).toBe(durationFormat('en-US', 'long'))
    expect(formatter).not.toBe(durationFormat('en-US', 'short'))
    expect(formatter?.format({ minutes: 2, seconds: 5 })).toBe('2 minutes, 5 seconds')
  })

  it.skipIf('DurationFormat' in Intl)('has no duration formatter where the browser has no Intl.DurationFormat', () => {
    expect(durationFormat('en-US', 'long')).toBeNull()
  })

  it('throws for options Intl refuses, every time, so the caller falls back', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError)
  })
})
