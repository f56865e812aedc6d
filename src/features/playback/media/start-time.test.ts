import { parseStartTime } from './start-time'

describe(parseStartTime.name, () => {
  it.each([
    ['754', 754],
    ['754.5', 754.5],
    ['0', 0],
    ['12:34', 754],
    ['1:02:03', 3723],
  ])('reads %j as %s s', (input, expected) => {
    expect(parseStartTime(input)).toBe(expected)
  })

  it.each([null, '', '-5', 'abc', '12:345', '1e3', 'Infinity', '12:61'])('ignores %j', (input) => {
    expect(parseStartTime(input)).toBeNull()
  })
})
