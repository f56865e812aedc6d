import { formatTimePhrase } from './time-phrase'

describe(formatTimePhrase.name, () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [725, '12 minutes 5 seconds'],
    [2700, '45 minutes'],
    [3725.9, '1 hour 2 minutes 5 seconds'],
    [7200, '2 hours'],
    [Number.NaN, '0 seconds'],
  ])('says %s s as %j', (seconds, expected) => {
    expect(formatTimePhrase(seconds)).toBe(expected)
  })
})
