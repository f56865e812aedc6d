import { dateTimeFormat, numberFormat } from './intl-formatters'

describe('Intl formatters', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' })).toBe(numberFormat('en-US', { style: 'currency', currency: 'EUR' }))
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' })).not.toBe(numberFormat('en-US', { style: 'currency', currency: 'USD' }))
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' }).format(Date.UTC(2026, 10, 30, 20))).toBe('Dec 1, 2026')
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 30, 20))).toBe('Nov 30, 2026')
  })

  it('throws for options Intl refuses, every time, so the caller falls back', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'NOT A CODE' })).toThrow(RangeError)
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError)
  })
})
