import { formatMoney } from '@/lib/format/format'

/**
 * An expected deal value, from cents. Deal amounts outside the Outcome panel are shown through
 * this one component, so a mode that hides them (while sharing a screen) has one place to do it.
 */
export function DealValue({ cents }: { cents: number }) {
  // The API sends cents with no currency; USD is its documented default.
  return <span>{formatMoney(cents, 'USD')}</span>
}
