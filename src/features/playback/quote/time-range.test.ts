import { formatRangeLabel, formatTimeRange, parseTimeRange, rangeLink } from './time-range'

const CALL_END = 2200

describe(parseTimeRange.name, () => {
  it.each([
    ['754-812', { start: 754, end: 812 }],
    ['754.5-811.4', { start: 754.5, end: 811.4 }],
    ['12:34-13:32', { start: 754, end: 812 }],
    ['0:00-0:30', { start: 0, end: 30 }],
    [' 754 - 812 ', { start: 754, end: 812 }],
    ['12:34-812', { start: 754, end: 812 }],
  ])('reads %j', (input, expected) => {
    expect(parseTimeRange(input, CALL_END)).toEqual(expected)
  })

  it('stops a range that runs past the end of the call at the end', () => {
    expect(parseTimeRange('2100-9999', CALL_END)).toEqual({ start: 2100, end: CALL_END })
  })

  it.each([
    null,
    '',
    '754',
    '812-754',
    '754-754',
    '2200-2300',
    '2500-2600',
    '-812',
    '754-',
    '754-812-900',
    '-5-10',
    'soon-later',
    '12:61-13:00',
    '1e3-2e3',
    'Infinity-9',
    '754--812',
  ])('ignores %j', (input) => {
    expect(parseTimeRange(input, CALL_END)).toBeNull()
  })

  it('ignores every range while the call has no known end', () => {
    expect(parseTimeRange('10-20', 0)).toBeNull()
    expect(parseTimeRange('10-20', Number.NaN)).toBeNull()
  })
})

describe(formatTimeRange.name, () => {
  it.each([
    [{ start: 754, end: 812 }, '754-812'],
    [{ start: 754.5, end: 811.4 }, '754.5-811.4'],
    [{ start: 1.23456, end: 2.0004 }, '1.235-2'],
  ])('writes %j as %s', (range, expected) => {
    expect(formatTimeRange(range)).toBe(expected)
  })
})

it('links to the call opening on the range', () => {
  expect(rangeLink('abc', { start: 754.5, end: 811.4 })).toBe('http://localhost:3000/calls/abc?t=754.5-811.4')
})

it('labels a range on the transcript clock', () => {
  expect(formatRangeLabel({ start: 754.5, end: 812 }, 2200)).toBe('12:34–13:32')
  expect(formatRangeLabel({ start: 5, end: 65 }, 3 * 3600)).toBe('0:00:05–0:01:05')
})
