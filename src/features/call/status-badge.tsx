import { Badge, type BadgeTone } from '@/components/ui/badge'

const KNOWN_STATUSES: Record<string, { label: string; tone: BadgeTone }> = {
  closed: { label: 'Closed', tone: 'success' },
  won: { label: 'Won', tone: 'success' },
  completed: { label: 'Completed', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  rescheduled: { label: 'Rescheduled', tone: 'info' },
  in_progress: { label: 'In progress', tone: 'info' },
  follow_up: { label: 'Follow-up', tone: 'warning' },
  no_show: { label: 'No-show', tone: 'danger' },
  lost: { label: 'Lost', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  canceled: { label: 'Canceled', tone: 'danger' },
}

/** Known statuses get their own colour; anything else is shown verbatim in a neutral badge. */
export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <Badge>No status</Badge>
  const known = KNOWN_STATUSES[status.toLowerCase()]
  return <Badge tone={known?.tone ?? 'neutral'}>{known?.label ?? status}</Badge>
}

