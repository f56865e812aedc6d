import fc from 'fast-check'
import { configurePropertyRuns } from './property-runs'

afterEach(() => {
  configurePropertyRuns(process.env)
})

describe(configurePropertyRuns.name, () => {
  it('takes PROPERTY_RUNS, so CI can ask for a thousand cases', () => {
    expect(configurePropertyRuns({ PROPERTY_RUNS: '1000' })).toBe(1000)
    expect(fc.readConfigureGlobal().numRuns).toBe(1000)
  })

  it.each([undefined, '', 'lots', '0', '-5', '2.5'])('tries 100 cases for %j', (value) => {
    expect(configurePropertyRuns({ PROPERTY_RUNS: value })).toBe(100)
  })
})
