import { formatMoney } from '@/lib/format/format'
import { HIDDEN } from '@/lib/privacy/mask-personal-data'
import { usePrivateMode } from '@/lib/privacy/private-mode'

/** An expected deal value, from cents; its token in screen-share safe mode. */
export function DealValue({ cents }: { cents: number }) {
  const hidden = usePrivateMode()
  // The API sends cents with no currency; USD is its documented default.
  return <span>{hidden ? HIDDEN.amount : formatMoney(cents, 'USD')}</span>
}
