import * as z from 'zod/mini'
import { ApiError } from '@/api/api-error'
import { cents, flag, isRecord, nonEmptyText } from '@/lib/schema/tolerant-schema'

function forgiving<T extends Record<string, z.ZodMiniType>>(what: string, shape: T) {
  const schema = z.object(shape)
  return (raw: unknown) => {
    if (!isRecord(raw)) {
      throw new ApiError({ kind: 'unexpected-shape', status: 200, message: `Expected a ${what} object.` })
    }
    return schema.parse(raw)
  }
}

export const normalizeLead = forgiving('lead', {
  full_name: nonEmptyText,
  email: nonEmptyText,
  phone: nonEmptyText,
  company: nonEmptyText,
  status: nonEmptyText,
  timezone: nonEmptyText,
  payment_status: nonEmptyText,
  total_paid_cents: cents,
  created_at: nonEmptyText,
})

export const normalizeTeamMember = forgiving('team member', {
  name: nonEmptyText,
  email: nonEmptyText,
  role: nonEmptyText,
  avatar_url: nonEmptyText,
  created_at: nonEmptyText,
})

export const normalizeProduct = forgiving('product', {
  name: nonEmptyText,
  slug: nonEmptyText,
  description: nonEmptyText,
  is_active: flag,
})

export const normalizePayment = forgiving('payment', {
  amount: cents,
  currency: nonEmptyText,
  status: nonEmptyText,
  payment_date: nonEmptyText,
  refunded_amount: cents,
  refund_status: nonEmptyText,
  customer_name: nonEmptyText,
  customer_email: nonEmptyText,
  provider: nonEmptyText,
  verification_status: nonEmptyText,
})

export type Lead = ReturnType<typeof normalizeLead>
export type TeamMember = ReturnType<typeof normalizeTeamMember>
export type Product = ReturnType<typeof normalizeProduct>
export type Payment = ReturnType<typeof normalizePayment>
