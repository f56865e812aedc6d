import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CopyButton } from './copy-button'

describe('CopyButton', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('copies its value and says so for a moment, then clears the message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    render(<CopyButton value="lead@example.com" label="Copy email" />)

    await user.click(screen.getByRole('button', { name: 'Copy email' }))

    expect(await navigator.clipboard.readText()).toBe('lead@example.com')
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
    act(() => {
      vi.advanceTimersByTime(2400)
    })
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
    act(() => {
      vi.advanceTimersByTime(200)
    })
    expect(screen.getByRole('status')).toHaveTextContent(/^$/)
  })

  it('asks the reader to select the text when the clipboard refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    render(<CopyButton value="lead@example.com" label="Copy email" />)

    await user.click(screen.getByRole('button', { name: 'Copy email' }))

    expect(await screen.findByText('Copy failed — select the text instead')).toBeInTheDocument()
  })
})
