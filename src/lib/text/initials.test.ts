import { initials } from './initials'

describe(initials.name, () => {
  it.each([
    ['Maya Okafor', 'MO'],
    ['Diego Ramírez', 'DR'],
    ['Łukasz  van der Berg', 'ŁB'],
    ['cher', 'C'],
    ['"Quoted" Name', 'QN'],
    ['  ', '?'],
    [null, '?'],
  ])('turns %s into %s', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})
