import { SegmentedControl } from '@/components/ui/segmented-control'
import { resolveZone, zoneOptions, type ZoneChoice } from './time-zone-choice'

type TimeZoneToggleProps = {
  choice: ZoneChoice
  onChange: (choice: ZoneChoice) => void
  viewerZone: string
  leadZone: string | null
}

/** Switches every time in the panel between the viewer's zone, the lead's and UTC, and names the one shown. */
export function TimeZoneToggle({ choice, onChange, viewerZone, leadZone }: TimeZoneToggleProps) {
  const zones = { viewer: viewerZone, lead: leadZone }
  const shown = resolveZone(choice, zones)
  return (
    <div className="mb-3 flex flex-col gap-1.5">
      <SegmentedControl label="Show times in" options={zoneOptions(zones)} value={shown.choice} onChange={onChange} />
      <p aria-live="polite" className="text-xs text-muted-foreground">
        {shown.caption}
      </p>
    </div>
  )
}
