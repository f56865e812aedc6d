import { DEMO_PAYMENT_IDS, DEMO_PRODUCT_IDS } from './demo-ids.ts'
import type { JsonObject } from './json.ts'

export const demoProducts: JsonObject[] = [
  {
    id: DEMO_PRODUCT_IDS.dispatch,
    name: 'Routeline Dispatch',
    slug: 'routeline-dispatch',
    description:
      'Route planning and live dispatch for fleets of up to 15 vehicles: multi-stop optimization with delivery windows, driver app with proof of delivery, and telematics sync.',
    is_active: true,
  },
  {
    id: DEMO_PRODUCT_IDS.enterprise,
    name: 'Routeline Dispatch Enterprise',
    slug: 'routeline-dispatch-enterprise',
    description:
      'Multi-depot route planning for larger fleets, with SSO, regional dispatch roles, an ERP connector and a named solutions engineer.',
    is_active: true,
  },
  {
    id: DEMO_PRODUCT_IDS.classic,
    name: 'Routeline Classic Scheduler',
    slug: 'routeline-classic-scheduler',
    description: 'The original single-depot scheduler. No longer sold; existing customers are migrated to Routeline Dispatch.',
    is_active: false,
  },
]

export const demoPayments: JsonObject[] = [
  {
    id: DEMO_PAYMENT_IDS.closed,
    amount: 480000,
    currency: 'usd',
    status: 'succeeded',
    payment_date: '2026-11-18T16:42:10Z',
    refunded_amount: 0,
    refund_status: null,
    customer_name: 'Marcus Bellamy',
    customer_email: 'marcus.bellamy@millbrook-foodservice.example',
    provider: 'stripe',
    verification_status: 'verified',
    created_at: '2026-11-18T16:41:52Z',
  },
  {
    id: DEMO_PAYMENT_IDS.long,
    amount: 2880000,
    currency: 'USD',
    status: 'pending',
    payment_date: null,
    refunded_amount: 0,
    refund_status: null,
    customer_name: 'Nordhafen Logistik GmbH',
    customer_email: 'henrik.vogel@nordhafen-logistik.example',
    provider: 'stripe',
    verification_status: 'pending',
    created_at: '2026-10-07T08:15:00Z',
  },
]
