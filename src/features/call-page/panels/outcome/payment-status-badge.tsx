import { EnumBadge, type EnumStyles } from '@/components/ui/enum-badge'

const PAYMENT_STATUSES: EnumStyles = {
  pending: { label: 'Pending', tone: 'warning' },
  succeeded: { label: 'Succeeded', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  refunded: { label: 'Refunded', tone: 'info' },
  partially_refunded: { label: 'Partially refunded', tone: 'info' },
}

export function PaymentStatusBadge({ status }: { status: string | null }) {
  return <EnumBadge value={status} styles={PAYMENT_STATUSES} emptyLabel="No status" />
}
