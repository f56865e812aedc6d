import { resolveZone, zoneOptions } from './time-zone-choice'

describe(zoneOptions.name, () => {
  it('offers the lead’s zone only when it is known', () => {
    expect(zoneOptions({ viewer: 'UTC', lead: 'America/Chicago' }).map((o) => o.label)).toEqual(['Your time', 'Lead’s time', 'UTC'])
    expect(zoneOptions({ viewer: 'UTC', lead: null }).map((o) => o.label)).toEqual(['Your time', 'UTC'])
  })
})

describe(resolveZone.name, () => {
  const zones = { viewer: 'Europe/Berlin', lead: 'America/Chicago' }

  it.each([
    ['viewer', 'Europe/Berlin', 'Times in Europe/Berlin, your time zone'],
    ['lead', 'America/Chicago', 'Times in America/Chicago, the lead’s time zone'],
    ['utc', 'UTC', 'Times in UTC'],
  ] as const)('resolves %s to %s', (choice, zone, caption) => {
    expect(resolveZone(choice, zones)).toEqual({ choice, zone, caption })
  })

  it('falls back to the viewer’s zone when the lead’s is unknown', () => {
    expect(resolveZone('lead', { viewer: 'UTC', lead: null })).toMatchObject({ choice: 'viewer', zone: 'UTC' })
  })
})
