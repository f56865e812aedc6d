import { EnumBadge, type EnumStyles } from '@/components/ui/enum-badge'

const RSVP_STATUSES: EnumStyles = {
  yes: { label: 'Yes, attending', tone: 'success' },
  accepted: { label: 'Yes, attending', tone: 'success' },
  no: { label: 'No, declined', tone: 'danger' },
  declined: { label: 'No, declined', tone: 'danger' },
  maybe: { label: 'Maybe', tone: 'warning' },
  tentative: { label: 'Maybe', tone: 'warning' },
  pending: { label: 'Awaiting reply', tone: 'info' },
}

/** The guest's answer to the invitation; an answer nobody listed is shown as sent. */
export function RsvpBadge({ status }: { status: string | null }) {
  return <EnumBadge value={status} styles={RSVP_STATUSES} emptyLabel="No reply recorded" />
}
