import type { ReactNode } from 'react'
import { MountNearTheScreen } from './mount-near-the-screen'
import { PanelPlaceholder } from './panel'
import { SlotBoundary } from './slot-boundary'

/** A panel in its own error boundary, mounted as it nears the screen; its frame and heading hold its room until then. */
export function PanelNearTheScreen({ name, children }: { name: string; children: ReactNode }) {
  return (
    <SlotBoundary name={name}>
      <MountNearTheScreen placeholder={<PanelPlaceholder heading={name} />}>{children}</MountNearTheScreen>
    </SlotBoundary>
  )
}
