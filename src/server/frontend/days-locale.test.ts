import { describe, expect, it } from 'vitest'
import { daysLocaleFor } from './days-locale'

describe('the language the first view writes its days in', () => {
  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de-DE'],
    ['fr-ca;q=0.9', 'fr-CA'],
    [' ja ', 'ja'],
  ])('is the first language the browser asks for: %j', (header, locale) => {
    expect(daysLocaleFor(header)).toBe(locale)
  })

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['any language', '*'],
    ['a tag that is not a language', '"><script>alert(1)</script>'],
    ['a tag too long to be one', `en-${'x'.repeat(500)}`],
  ])('is US English for %s', (_name, header) => {
    expect(daysLocaleFor(header)).toBe('en-US')
  })
})
