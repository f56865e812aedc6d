import { rowsInRange } from './range-rows'

// Rows as [start, end]: a gap after the second, an overlap between the fourth and fifth.
const ROWS: [number, number][] = [
  [0, 10],
  [10, 20],
  [25, 30],
  [30, 40],
  [38, 45],
]
const starts = ROWS.map(([start]) => start)
const endOf = (row: number) => ROWS[row]![1]

describe(rowsInRange.name, () => {
  it.each([
    ['exactly one row', { start: 10, end: 20 }, { first: 1, last: 1 }],
    ['the rows a quote of rows 0–2 links to', { start: 0, end: 30 }, { first: 0, last: 2 }],
    ['the row still spoken when the range starts', { start: 5, end: 12 }, { first: 0, last: 1 }],
    ['overlapping speech starting inside the range', { start: 30, end: 39 }, { first: 3, last: 4 }],
    ['a range inside one row', { start: 32, end: 33 }, { first: 3, last: 3 }],
    ['a range running past the last row', { start: 41, end: 99 }, { first: 4, last: 4 }],
    ['the whole call', { start: 0, end: 45 }, { first: 0, last: 4 }],
  ])('finds %s', (_, range, expected) => {
    expect(rowsInRange(starts, endOf, range)).toEqual(expected)
  })

  it.each([
    ['a range inside a silence', { start: 21, end: 24 }],
    ['a range after every row', { start: 50, end: 60 }],
  ])('finds no row for %s', (_, range) => {
    expect(rowsInRange(starts, endOf, range)).toBeNull()
  })

  it('leaves out a row that starts where the range ends', () => {
    expect(rowsInRange(starts, endOf, { start: 0, end: 25 })).toEqual({ first: 0, last: 1 })
  })
})
