import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { server } from '../../../../../test/msw-server'
import { createTestQueryClient } from '../../../../../test/render'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_PAYMENT_IDS, DEMO_PRODUCT_IDS } from '@/mock-api/demo-data/demo-ids'
import { normalizeCall } from '@/entities/call/call-schema'
import { field } from '../../../../../test/description-list'
import { OutcomePanel } from './outcome-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const PAYMENT_ID = '403ebef4-39b7-43a9-8633-c107cae8737a'

function renderPanel(raw: Record<string, unknown>) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <OutcomePanel call={normalizeCall(raw)} />
    </QueryClientProvider>,
  )
  return { region: screen.getByRole('region', { name: 'Outcome' }) }
}

function servePayment(payment: Record<string, unknown>) {
  server.use(http.get('/api/v1/payments/:id', () => HttpResponse.json({ success: true, data: payment })))
}

describe('OutcomePanel', () => {
  it('shows the complete demo call with its product and payment', async () => {
    const { region } = renderPanel(closedCall)
    expect(within(field(region, 'Status')).getByText('Closed')).toBeInTheDocument()
    expect(field(region, 'Expected deal value')).toHaveTextContent('$4,800.00')
    expect(await within(field(region, 'Product')).findByText('Routeline Dispatch')).toBeInTheDocument()
    const payment = field(region, 'Payment')
    expect(await within(payment).findByText('$4,800.00 USD')).toBeInTheDocument()
    expect(within(payment).getByText('Succeeded')).toBeInTheDocument()
    expect(payment).toHaveTextContent('Payment date: Nov 18, 2026, 4:42 PM UTC')
    expect(payment).toHaveTextContent('via Stripe')
    expect(payment).not.toHaveTextContent(/Refunded/)
    expect(field(region, 'Analysed')).toHaveTextContent('Yes, AI analysis is available')
  })

  it('shows a dash for everything an id-only call lacks', () => {
    const { region } = renderPanel({ id: ID })
    expect(field(region, 'Status')).toHaveTextContent('No status')
    for (const label of ['Expected deal value', 'Product', 'Payment', 'Analysed']) {
      expect(field(region, label)).toHaveTextContent(/^—$/)
    }
  })

  it('shows a zero deal value as money and a false flag as not yet', () => {
    const { region } = renderPanel({ id: ID, expected_deal_value: 0, has_analysis: false })
    expect(field(region, 'Expected deal value')).toHaveTextContent(/^\$0\.00$/)
    expect(field(region, 'Analysed')).toHaveTextContent('Not yet')
  })

  it.each([
    [{ status: 'escalated_to_legal' }, 'escalated_to_legal'],
    [{ status: 'constructor' }, 'constructor'],
    [{ status: 'IN-PROGRESS' }, 'In progress'],
    [{ outcome: 'won', organization_id: ID }, 'Won'],
    [{ status: 42, outcome: 'no_show' }, 'No-show'],
  ])('reads the status of %o as %s', (fields, label) => {
    const { region } = renderPanel({ id: ID, ...fields })
    expect(within(field(region, 'Status')).getByText(label)).toBeInTheDocument()
  })

  it('ignores a deal value of the wrong type and extra keys', () => {
    const { region } = renderPanel({ id: ID, expected_deal_value: '500000', property1: null, property2: { x: 1 } })
    expect(field(region, 'Expected deal value')).toHaveTextContent(/^—$/)
  })

  it('shows a refund, an unknown currency and an unknown payment status', async () => {
    servePayment({
      amount: 480000,
      currency: 'eur',
      status: 'refunded',
      refunded_amount: 120000,
      refund_status: 'partial',
      provider: 'paypal',
      payment_date: '2026-11-18T16:42:10Z',
    })
    const { region } = renderPanel({ id: ID, linked_payment_id: PAYMENT_ID })
    const payment = field(region, 'Payment')
    expect(await within(payment).findByText('€4,800.00 EUR')).toBeInTheDocument()
    expect(within(payment).getByText('Refunded')).toBeInTheDocument()
    expect(within(payment).getByText('Refunded €1,200.00 · Partial')).toBeInTheDocument()
    expect(payment).toHaveTextContent('via Paypal')
  })

  it.each([
    ['disputed', 'disputed'],
    ['pending', 'Pending'],
    ['failed', 'Failed'],
  ])('labels a payment status of %s as %s', async (status, label) => {
    servePayment({ amount: 100, currency: 'usd', status, payment_date: 'not a date' })
    const { region } = renderPanel({ id: ID, linked_payment_id: PAYMENT_ID })
    const payment = field(region, 'Payment')
    expect(await within(payment).findByText(label)).toBeInTheDocument()
    expect(within(payment).getByTitle('Unreadable date: not a date')).toHaveTextContent('—')
    expect(region).not.toHaveTextContent(/Invalid Date|NaN/)
  })

  it('shows the raw ids and a note when the lookups fail', async () => {
    server.use(
      http.get('/api/v1/payments/:id', () => HttpResponse.json({ success: false, error: 'boom' }, { status: 500 })),
      http.get('/api/v1/products/:id', () => HttpResponse.error()),
    )
    const { region } = renderPanel({ id: ID, status: 'closed', linked_payment_id: PAYMENT_ID, product_id: DEMO_PRODUCT_IDS.classic })
    const payment = field(region, 'Payment')
    expect(await within(payment).findByText(PAYMENT_ID)).toBeInTheDocument()
    expect(within(payment).getByText('Couldn’t load details')).toBeInTheDocument()
    expect(await within(field(region, 'Product')).findByText(DEMO_PRODUCT_IDS.classic)).toBeInTheDocument()
    expect(within(region).getByText('Closed')).toBeInTheDocument()
  })

  it('does not wait for a slow payment lookup', async () => {
    server.use(
      http.get('/api/v1/payments/:id', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const { region } = renderPanel({ ...closedCall, linked_payment_id: DEMO_PAYMENT_IDS.closed })
    expect(within(field(region, 'Payment')).getByText('Loading…')).toBeInTheDocument()
    expect(await within(field(region, 'Product')).findByText('Routeline Dispatch')).toBeInTheDocument()
    expect(within(region).getByText('Closed')).toBeInTheDocument()
  })

  it('renders hostile strings as text', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    servePayment({ amount: 100, status: hostile, provider: hostile, refunded_amount: 50, refund_status: hostile })
    const { region } = renderPanel({ id: ID, status: hostile, linked_payment_id: PAYMENT_ID })
    expect(within(field(region, 'Status')).getByText(hostile)).toBeInTheDocument()
    const payment = field(region, 'Payment')
    expect(await within(payment).findByText(hostile)).toBeInTheDocument()
    expect(payment).toHaveTextContent(`via ${hostile}`)
    expect(region.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })
})
