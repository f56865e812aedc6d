import { render, screen } from '@testing-library/react'
import { readApiDate } from '@/lib/dates/dates'
import { DateTime } from './date-time'

describe('DateTime', () => {
  it('shows the time in the given zone, named, with a machine-readable value', () => {
    render(<DateTime value={readApiDate('2026-11-17T15:00:00Z')} timeZone="America/Chicago" locale="en-US" />)
    expect(screen.getByText('Nov 17, 2026, 9:00 AM CST')).toHaveAttribute('datetime', '2026-11-17T15:00:00.000Z')
  })

  it('adds a relative time when given now', () => {
    const now = new Date('2026-11-14T15:00:00Z')
    render(<DateTime value={readApiDate('2026-11-17T15:00:00Z')} timeZone="UTC" locale="en-US" now={now} />)
    expect(screen.getByText('in 3 days')).toBeInTheDocument()
  })

  it.each(['2026-02-30T10:00:00Z', 'next tuesday', '<script>alert(1)</script>'])(
    'shows %s as a dash with the raw value on hover',
    (value) => {
      const { container } = render(<DateTime value={readApiDate(value)} timeZone="UTC" now={new Date()} />)
      expect(screen.getByTitle(`Unreadable date: ${value}`)).toHaveTextContent('—')
      expect(container).not.toHaveTextContent(/Invalid Date|NaN/)
    },
  )

  it('shows a missing date as a plain dash', () => {
    render(<DateTime value={null} />)
    expect(screen.getByText('—')).not.toHaveAttribute('title')
  })
})
