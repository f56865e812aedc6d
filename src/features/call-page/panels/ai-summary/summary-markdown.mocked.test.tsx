import { act, render, screen } from '@testing-library/react'
import { parseMarkdown } from './parse-markdown'
import { SummaryMarkdown } from './summary-markdown'

const { failedParse } = vi.hoisted(() => {
  const failedParse: Promise<never> = Promise.reject(new Error('the parser stopped'))
  failedParse.catch(() => {})
  return { failedParse }
})
vi.mock('./parse-markdown', () => ({ parseMarkdown: vi.fn(() => failedParse) }))

it('shows the summary as plain text when its Markdown cannot be parsed', async () => {
  render(<SummaryMarkdown source={'Budget **approved**.\n\n- send the quote'} />)
  expect(parseMarkdown).toHaveBeenCalledOnce()
  await act(() => failedParse.catch(() => {}))
  expect(screen.getByText(/Budget \*\*approved\*\*\./)).not.toHaveAttribute('aria-busy')
  expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
})
