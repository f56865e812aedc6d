import { render, screen, within } from '@testing-library/react'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { normalizeCall } from '@/entities/call/call-schema'
import { FormDataPanel } from './form-data-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'

function formRegion(formData: unknown) {
  render(<FormDataPanel call={normalizeCall({ id: ID, form_data: formData })} />)
  return screen.getByRole('region', { name: 'Form data' })
}

function answerTo(region: HTMLElement, label: string) {
  const term = within(region).getByText(label, { selector: 'dt' })
  return term.nextElementSibling as HTMLElement
}

describe('FormDataPanel', () => {
  it('shows every answer of the demo form by its type', () => {
    const region = formRegion(closedCall.form_data)
    expect(within(answerTo(region, 'Company website')).getByRole('link')).toHaveAttribute('href', 'https://millbrook-foodservice.example/')
    expect(answerTo(region, 'How many vehicles do you dispatch each day?')).toHaveTextContent('14')
    expect(answerTo(region, 'Are your vehicles tracked with GPS or telematics?')).toHaveTextContent('Yes')
    const tools = within(answerTo(region, 'What do you use for routing today?')).getAllByRole('listitem')
    expect(tools.map((tool) => tool.textContent)).toEqual(['Excel', 'Google Maps', 'Samsara'])
    expect(answerTo(region, 'What budget have you set aside for routing software this year?')).toHaveTextContent(
      `Min cents${(300000).toLocaleString()}Max cents${(500000).toLocaleString()}Currencyusd`,
    )
    expect(within(answerTo(region, 'What is your biggest dispatch challenge right now?')).getByRole('button', { name: 'Show more' })).toBeInTheDocument()
    expect(answerTo(region, 'Referral or promo code')).toHaveTextContent(/^—$/)
  })

  it('falls back from the label to the field id, then to the question number', () => {
    const region = formRegion([
      { field_id: 'budget', label: '', value: 1 },
      { field_id: null, label: '   ', value: 2 },
      { value: 3 },
      { label: 42, field_id: 'fleet', value: 4 },
    ])
    const terms = within(region).getAllByRole('term').map((term) => term.textContent)
    expect(terms).toEqual(['budget', 'Question 2', 'Question 3', 'fleet'])
  })

  it('does not show extra keys of a field as answers', () => {
    const region = formRegion([{ field_id: 'site', label: 'Website', value: 'x', field_type: 'url', property1: 'secret' }])
    expect(within(region).queryByText('url')).not.toBeInTheDocument()
    expect(within(region).queryByText('secret')).not.toBeInTheDocument()
    expect(within(region).getAllByRole('term')).toHaveLength(1)
  })

  it('shows hostile labels and answers as text', () => {
    const region = formRegion([
      { label: '<b>Budget</b>', value: 'javascript:alert(4)' },
      { label: '<script>alert(1)</script>', value: { '<img src=x>': 'data:text/html,x' } },
    ])
    expect(within(region).getByText('<b>Budget</b>')).toBeInTheDocument()
    expect(within(region).getByText('javascript:alert(4)')).toBeInTheDocument()
    expect(within(region).getByText('<img src=x>')).toBeInTheDocument()
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })

  it.each([null, [], [null, 'not a field'], 'text'])('shows an empty state for %j', (formData) => {
    const region = formRegion(formData)
    expect(within(region).getByText('The lead didn’t answer a booking form.')).toBeInTheDocument()
  })
})
