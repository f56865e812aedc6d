import { ApiError } from '@/api/api-error'
import { readApiDate } from '@/lib/dates/dates'
import { isRecord, readCents, readFields, readFlag, readNonEmptyText } from '@/lib/schema/tolerant-schema'

function forgiving<R extends Parameters<typeof readFields>[1]>(what: string, readers: R) {
  return (raw: unknown) => {
    if (!isRecord(raw)) {
      throw new ApiError({ kind: 'unexpected-shape', status: 200, message: `Expected a ${what} object.` })
    }
    return readFields(raw, readers)
  }
}

export const normalizeLead = forgiving('lead', {
  full_name: readNonEmptyText,
  email: readNonEmptyText,
  phone: readNonEmptyText,
  company: readNonEmptyText,
  status: readNonEmptyText,
  timezone: readNonEmptyText,
  payment_status: readNonEmptyText,
  total_paid_cents: readCents,
  created_at: readApiDate,
})

export const normalizeTeamMember = forgiving('team member', {
  name: readNonEmptyText,
  email: readNonEmptyText,
  role: readNonEmptyText,
  avatar_url: readNonEmptyText,
  created_at: readApiDate,
})

export const normalizeProduct = forgiving('product', {
  name: readNonEmptyText,
  slug: readNonEmptyText,
  description: readNonEmptyText,
  is_active: readFlag,
})

export const normalizePayment = forgiving('payment', {
  amount: readCents,
  currency: readNonEmptyText,
  status: readNonEmptyText,
  payment_date: readApiDate,
  refunded_amount: readCents,
  refund_status: readNonEmptyText,
  customer_name: readNonEmptyText,
  customer_email: readNonEmptyText,
  provider: readNonEmptyText,
  verification_status: readNonEmptyText,
})

export type Lead = ReturnType<typeof normalizeLead>
export type TeamMember = ReturnType<typeof normalizeTeamMember>
export type Product = ReturnType<typeof normalizeProduct>
export type Payment = ReturnType<typeof normalizePayment>
