import type { SegmentOption } from '@/components/ui/segmented-control'

export type ZoneChoice = 'viewer' | 'lead' | 'utc'

type Zones = { viewer: string; lead: string | null }

/** The lead's option exists only when the lead's zone is known. */
export function zoneOptions(zones: Zones): SegmentOption<ZoneChoice>[] {
  return [
    { value: 'viewer', label: 'Your time' },
    ...(zones.lead ? [{ value: 'lead' as const, label: 'Lead’s time' }] : []),
    { value: 'utc', label: 'UTC' },
  ]
}

/** The zone actually shown: a choice of "lead" falls back to the viewer's zone while the lead's is unknown. */
export function resolveZone(choice: ZoneChoice, zones: Zones) {
  if (choice === 'utc') return { choice, zone: 'UTC', caption: 'Times in UTC' }
  if (choice === 'lead' && zones.lead) return { choice, zone: zones.lead, caption: `Times in ${zones.lead}, the lead’s time zone` }
  return { choice: 'viewer' as const, zone: zones.viewer, caption: `Times in ${zones.viewer}, your time zone` }
}
