import { ordinal } from './ordinal'

describe(ordinal.name, () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i reads %j', (position, expected) => {
    expect(ordinal(position)).toBe(expected)
  })
})
