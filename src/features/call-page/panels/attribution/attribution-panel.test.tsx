import { render, screen, within } from '@testing-library/react'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { normalizeCall } from '@/entities/call/call-schema'
import { field } from '../../../../../test/description-list'
import { AttributionPanel } from './attribution-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'

function renderPanel(raw: Record<string, unknown>) {
  render(<AttributionPanel attribution={normalizeCall(raw).attribution} />)
  return { region: screen.getByRole('region', { name: 'Attribution' }) }
}

describe('AttributionPanel', () => {
  it('shows the demo call’s UTM parameters and referral under readable labels', () => {
    const { region } = renderPanel(closedCall)
    expect(field(region, 'Source')).toHaveTextContent('podcast')
    expect(field(region, 'Source')).toHaveTextContent('utm_source')
    expect(field(region, 'Medium')).toHaveTextContent('audio')
    expect(field(region, 'Campaign')).toHaveTextContent('ops_roundtable_q4_2026')
    expect(field(region, 'Ad content')).toHaveTextContent('episode_112_dairy_coop')
    expect(field(region, 'Referral')).toHaveTextContent('Ops Leaders Roundtable podcast')
    expect(within(region).queryByText('Search term')).not.toBeInTheDocument()
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })

  it.each([
    ['an id-only call', {}],
    ['all nulls', { utm_source: null, utm_medium: null, referral: null }],
    ['wrong types and blanks', { utm_source: 42, utm_campaign: ['a'], utm_term: '   ', referral: { url: 'x' } }],
  ])('says so explicitly when there is no attribution (%s)', (_name, fields) => {
    const { region } = renderPanel({ id: ID, ...fields })
    expect(within(region).getByText('No attribution was recorded for this call.')).toBeInTheDocument()
  })

  it('links a web referral safely', () => {
    const { region } = renderPanel({ id: ID, referral: 'https://partner.example/ref?id=7' })
    const link = within(region).getByRole('link', { name: 'https://partner.example/ref?id=7' })
    expect(link).toHaveAttribute('href', 'https://partner.example/ref?id=7')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('shows hostile strings as text and never links unsafe URLs', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const { region } = renderPanel({ id: ID, utm_source: hostile, utm_term: 'javascript:alert(1)', referral: 'javascript:alert(2)', extra: 1 })
    expect(field(region, 'Source')).toHaveTextContent(hostile)
    expect(field(region, 'Search term')).toHaveTextContent('javascript:alert(1)')
    expect(field(region, 'Referral')).toHaveTextContent('javascript:alert(2)')
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
    expect(region.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
  })
})
