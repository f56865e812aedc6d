import { describe, expect, it } from 'vitest'
import { parseDuration } from './parse-duration'

describe(parseDuration.name, () => {
  it.each([
    ['12h', 43_200_000],
    ['90m', 5_400_000],
    ['7d', 604_800_000],
    ['3600', 3_600_000],
    ['45s', 45_000],
    [' 1.5h ', 5_400_000],
  ])('reads %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', 'h', '12 hours', '-5m', '1e3', '12hh'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull()
  })
})
