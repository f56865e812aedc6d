import fc from 'fast-check'
import { unicodeText } from '../../../test/arbitraries'
import { hostileText } from '../../../test/hostile-text-arbitraries'
import { hasPersonalData, maskPersonalText } from './mask-personal-data'

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
const separator = fc.constantFrom(' ', '-', '.', '')

const email = fc.emailAddress()
const phone = fc.oneof(
  fc.tuple(digits(1, 3), fc.array(fc.tuple(separator, digits(2, 4)), { minLength: 3, maxLength: 4 })).map(
    ([country, groups]) => `+${country}${groups.map(([glue, group]) => `${glue || ' '}${group}`).join('')}`,
  ),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), fc.constantFrom('-', '.', ' ')).map(([area, exchange, line, glue]) => `(${area}) ${exchange}${glue}${line}`),
)
const amount = fc.integer({ min: 1, max: 99_999_999 })
const money = fc.oneof(
  amount.map((value) => `$${value.toLocaleString('en-US')}`),
  amount.map((value) => `$${(value / 100).toFixed(2)}`),
  amount.map((value) => `${value} dollars`),
  amount.map((value) => `€${value.toLocaleString('de-DE')},50`),
  amount.map((value) => `${value.toLocaleString('fr-FR')} €`),
  amount.map((value) => `USD ${value % 1000}k`),
  amount.map((value) => `${value} EUR`),
  fc.constantFrom('forty-eight hundred dollars', 'twelve thousand dollars', 'seven hundred and fifty dollars'),
)
const personal = fc.oneof(email, phone, money)

/** Sales talk with no personal data in it: times, dates, durations, counts, IDs and plain words. */
const harmless = fc.oneof(
  fc.constantFrom('the', 'trucks', 'stops', 'pilot', 'Monday', 'Marcus', 'renewal', 'a', 'and', 'hundred', 'fourteen', 'I-80', 'SOC 2', '86%', 'Q4', ',', '.', '?', '(', ')'),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 999 }).map((count) => `${count} vehicles`),
  fc.integer({ min: 1, max: 59 }).map((minutes) => `${minutes} minutes`),
  fc.uuid(),
)
const join = (pieces: string[]) => pieces.join(' ')

// The timeouts only guard against a hang: PROPERTY_RUNS can ask for many thousands of cases.
describe('maskPersonalText properties', () => {
  it('leaves no email, phone number or amount in text that embeds them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(harmless, personal), { maxLength: 12 }), fc.array(personal, { minLength: 1, maxLength: 4 }), (words, secrets) => {
        const masked = maskPersonalText(join([...words, ...secrets].sort()))
        expect(hasPersonalData(masked)).toBe(false)
        for (const secret of secrets) expect(masked).not.toContain(secret)
      }),
    )
  }, 60_000)

  it('masks nothing more the second time, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(harmless, personal, unicodeText, hostileText), { maxLength: 10 }), (pieces) => {
        const once = maskPersonalText(pieces.join(''))
        expect(maskPersonalText(once)).toBe(once)
      }),
    )
  }, 60_000)

  it('leaves text without personal data unchanged', () => {
    fc.assert(
      fc.property(fc.array(harmless, { maxLength: 20 }), (words) => {
        const text = join(words)
        expect(maskPersonalText(text)).toBe(text)
      }),
    )
  }, 60_000)
})
