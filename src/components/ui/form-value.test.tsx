import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FormValue } from './form-value'

function showValue(value: unknown) {
  return render(<FormValue value={value} />).container
}

describe('FormValue', () => {
  it.each([
    ['true', true, 'Yes'],
    ['false', false, 'No'],
    ['a whole number', 14, (14).toLocaleString()],
    ['a large number', 1234567.5, (1234567.5).toLocaleString()],
    ['a negative number', -3, (-3).toLocaleString()],
    ['null', null, '—'],
    ['an empty string', '', '—'],
    ['a blank string', '  \n ', '—'],
    ['an empty list', [], '—'],
    ['an empty object', {}, '—'],
    ['short text', 'Before March', 'Before March'],
  ])('shows %s as %j', (_name, value, expected) => {
    expect(showValue(value)).toHaveTextContent(new RegExp(`^${expected}$`))
  })

  it('keeps line breaks in text', () => {
    showValue('one\ntwo')
    expect(screen.getByText(/one/).textContent).toBe('one\ntwo')
  })

  it('shows a list as chips, each by its own type', () => {
    showValue(['Excel', 3, true, null])
    const chips = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(chips.map((chip) => chip.textContent)).toEqual(['Excel', '3', 'Yes', '—'])
  })

  it('shows an object as nested labelled values', () => {
    showValue({ min_cents: 300000, currency: 'usd', nested: { ok: false } })
    const terms = screen.getAllByRole('term').map((term) => term.textContent)
    expect(terms).toEqual(['Min cents', 'Currency', 'Nested', 'Ok'])
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent)
    expect(definitions).toEqual([(300000).toLocaleString(), 'usd', 'OkNo', 'No'])
  })

  it('links an http(s) URL by its text', () => {
    showValue('https://millbrook.example/about')
    const link = screen.getByRole('link', { name: 'https://millbrook.example/about' })
    expect(link).toHaveAttribute('href', 'https://millbrook.example/about')
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
  ])('shows %j as text, never as markup or a link', (hostile) => {
    const container = showValue([hostile, { [hostile]: hostile }])
    expect(screen.getAllByText(hostile)).toHaveLength(3)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
  })

  it('collapses long text behind Show more / Show less', async () => {
    const user = userEvent.setup()
    const long = `${'Routes are built by hand every morning. '.repeat(9)}Details: https://x.example/end`
    showValue(long)
    const button = screen.getByRole('button', { name: 'Show more' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText(long)).not.toBeInTheDocument()
    expect(screen.getByText(/…$/).textContent.length).toBeLessThanOrEqual(281)

    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(button).toHaveAccessibleName('Show less')
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toHaveTextContent(long) // eslint-disable-line testing-library/no-node-access -- checks aria-controls points at the text
    expect(screen.getByRole('link', { name: 'https://x.example/end' })).toBeInTheDocument()

    await user.click(button)
    expect(screen.getByRole('button', { name: 'Show more' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('leaves text up to 280 characters uncollapsed', () => {
    showValue('a'.repeat(280))
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('shows a runaway nesting as compact text instead of endless lists', () => {
    let deep: unknown = 'bottom'
    for (let level = 0; level < 12; level += 1) deep = { level: deep }
    const container = showValue(deep)
    expect(container).toHaveTextContent('bottom')
    expect(screen.getAllByRole('term')).toHaveLength(5)
    expect(container).toHaveTextContent('{"level":{"level"')
  })
})
