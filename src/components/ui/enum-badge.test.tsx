import { render, screen } from '@testing-library/react'
import { EnumBadge, enumKey, type EnumStyles } from './enum-badge'

const STYLES: EnumStyles = { in_progress: { label: 'In progress', tone: 'info' } }

describe(enumKey.name, () => {
  it.each([
    ['in_progress', 'in_progress'],
    ['In-Progress', 'in_progress'],
    [' IN PROGRESS ', 'in_progress'],
  ])('reads %s as %s', (value, expected) => {
    expect(enumKey(value)).toBe(expected)
  })
})

describe('EnumBadge', () => {
  it('labels a listed value', () => {
    render(<EnumBadge value="IN-PROGRESS" styles={STYLES} emptyLabel="None" />)
    expect(screen.getByText('In progress')).toBeInTheDocument()
  })

  it.each(['escalated', 'constructor', '__proto__', 'toString', '<b>bold</b>'])('shows %s verbatim', (value) => {
    render(<EnumBadge value={value} styles={STYLES} emptyLabel="None" />)
    expect(screen.getByText(value)).toBeInTheDocument()
  })

  it.each([null, '', '   '])('shows the empty label for %j', (value) => {
    render(<EnumBadge value={value} styles={STYLES} emptyLabel="None" />)
    expect(screen.getByText('None')).toBeInTheDocument()
  })
})
