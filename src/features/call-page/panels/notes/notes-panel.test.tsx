import { render, screen, within } from '@testing-library/react'
import { normalizeCall } from '@/entities/call/call-schema'
import { NotesPanel } from './notes-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'

function notesRegion(notes: unknown) {
  render(<NotesPanel call={normalizeCall({ id: ID, notes })} />)
  return screen.getByRole('region', { name: 'Notes' })
}

describe('NotesPanel', () => {
  it('keeps line breaks and links the URLs in the text', () => {
    const region = notesRegion('Pilot from Dec 7.\nPlan: https://docs.example/pilot.\nSee (https://x.example/a) too')
    const paragraph = within(region).getByText(/Pilot from Dec 7\./)
    expect(paragraph.textContent).toBe('Pilot from Dec 7.\nPlan: https://docs.example/pilot.\nSee (https://x.example/a) too')
    expect(paragraph).toHaveClass('whitespace-pre-wrap')
    const links = within(region).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://docs.example/pilot', 'https://x.example/a'])
    expect(links[0]).toHaveTextContent(/^https:\/\/docs\.example\/pilot$/)
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('shows hostile strings as text and never links unsafe URLs', () => {
    const hostile = '<script>alert(1)</script> javascript:alert(2) data:text/html,x'
    const region = notesRegion(hostile)
    expect(within(region).getByText(hostile)).toBeInTheDocument()
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })

  it.each([null, '', '   ', 42, ['a']])('shows an empty state for %j', (notes) => {
    const region = notesRegion(notes)
    expect(within(region).getByText('No notes for this call.')).toBeInTheDocument()
  })
})
