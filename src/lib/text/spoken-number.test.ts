import { spokenNumber } from './spoken-number'

describe(spokenNumber.name, () => {
  it.each([
    ['14 trucks', 14],
    ['$4,800', 4800],
    ['4.5k', 4500],
    ['fourteen trucks', 14],
    ['a hundred and eighty stops', 180],
    ['fifty-eight hundred dollars a month', 5800],
    ['four thousand', 4000],
    ['twenty-five dollars a vehicle per month', 25],
    ['seven hundred and fifty dollar', 750],
    ['two thousand five hundred', 2500],
    ['twelve thousand dollars', 12000],
  ])('reads “%s” as %d', (phrase, value) => {
    expect(spokenNumber(phrase)).toBe(value)
  })

  it('finds no number in words without one', () => {
    expect(spokenNumber('trucks and stops')).toBeNull()
    expect(spokenNumber('')).toBeNull()
  })
})
