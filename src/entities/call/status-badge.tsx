import { EnumBadge, type EnumStyles } from '@/components/ui/enum-badge'

const CALL_STATUSES: EnumStyles = {
  closed: { label: 'Closed', tone: 'success' },
  closed_won: { label: 'Closed won', tone: 'success' },
  won: { label: 'Won', tone: 'success' },
  completed: { label: 'Completed', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  booked: { label: 'Booked', tone: 'info' },
  confirmed: { label: 'Confirmed', tone: 'info' },
  rescheduled: { label: 'Rescheduled', tone: 'info' },
  in_progress: { label: 'In progress', tone: 'info' },
  pending: { label: 'Pending', tone: 'warning' },
  follow_up: { label: 'Follow-up', tone: 'warning' },
  followup: { label: 'Follow-up', tone: 'warning' },
  no_show: { label: 'No-show', tone: 'danger' },
  noshow: { label: 'No-show', tone: 'danger' },
  lost: { label: 'Lost', tone: 'danger' },
  closed_lost: { label: 'Closed lost', tone: 'danger' },
  disqualified: { label: 'Disqualified', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  canceled: { label: 'Canceled', tone: 'danger' },
}

/** Known statuses get their own colour; anything else is shown verbatim in a neutral badge. */
export function StatusBadge({ status }: { status: string | null }) {
  return <EnumBadge value={status} styles={CALL_STATUSES} emptyLabel="No status" />
}
