import { foldIcalLines } from './fold-ical-lines'

const encoder = new TextEncoder()
const octets = (line: string) => encoder.encode(line).length
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')

describe(foldIcalLines.name, () => {
  it('leaves short lines alone', () => {
    expect(foldIcalLines('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')
  })

  it.each([
    ['ASCII', `SUMMARY:${'a'.repeat(300)}`],
    ['accents', `SUMMARY:${'é'.repeat(200)}`],
    ['emoji', `SUMMARY:${'🚚'.repeat(120)}`],
    ['emoji sequences', `SUMMARY:${'👩🏽‍💻, '.repeat(40)}`],
    ['mixed', `DESCRIPTION:${'Straße 🚚 日本語\\, ok\\; '.repeat(20)}`],
  ])('keeps every %s line within 75 octets and unfolds to the original', (_name, line) => {
    const folded = foldIcalLines(`${line}\r\n`)
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75)
      expect(physical).not.toContain('\uFFFD')
    }
    expect(unfold(folded)).toBe(`${line}\r\n`)
  })

  it('re-folds lines that were folded by character count', () => {
    const byCharacters = `SUMMARY:${'🚚'.repeat(67)}\r\n\t${'🚚'.repeat(10)}\r\n`
    const folded = foldIcalLines(byCharacters)
    expect(unfold(folded)).toBe(`SUMMARY:${'🚚'.repeat(77)}\r\n`)
    expect(Math.max(...folded.split('\r\n').map(octets))).toBeLessThanOrEqual(75)
  })
})
