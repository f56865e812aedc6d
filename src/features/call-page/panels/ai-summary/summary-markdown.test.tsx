import { render, screen, waitFor } from '@testing-library/react'
import { setPrivateMode } from '@/lib/privacy/private-mode'
import { SummaryMarkdown } from './summary-markdown'

describe(SummaryMarkdown.name, () => {
  it('renders Markdown structure', async () => {
    render(<SummaryMarkdown source={'Intro with **a decision**.\n\n- first point\n- second point'} />)
    expect((await screen.findByText('a decision')).tagName).toBe('STRONG')
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('shows the source as it is, marked busy, until its Markdown is parsed', async () => {
    render(<SummaryMarkdown source={'Budget **approved**.'} />)
    expect(screen.getByText('Budget **approved**.')).toHaveAttribute('aria-busy', 'true')
    expect((await screen.findByText('approved')).tagName).toBe('STRONG')
    expect(screen.queryByText('Budget **approved**.')).not.toBeInTheDocument()
  })

  it('keeps its headings below the panel heading, so a "# Title" is never a second page title', async () => {
    render(<SummaryMarkdown source={'# Decision\n\n## Next steps\n\n###### Fine print'} />)
    expect(await screen.findByRole('heading', { name: 'Decision' })).toHaveProperty('tagName', 'H3')
    expect(screen.getByRole('heading', { name: 'Next steps' })).toHaveProperty('tagName', 'H4')
    expect(screen.getByRole('heading', { name: 'Fine print' })).toHaveProperty('tagName', 'H6')
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  it('never renders raw HTML from the summary', async () => {
    render(<SummaryMarkdown source={'Hello <img src=x onerror="alert(1)"> <script>alert(2)</script> <b>bold?</b>'} />)
    // Shown as plain text while it is parsed, then with the raw HTML dropped.
    await waitFor(() => expect(screen.queryByText(/onerror/)).not.toBeInTheDocument())
    expect(screen.getByText(/Hello/)).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(document.querySelector('script, img, b')).toBeNull() // eslint-disable-line testing-library/no-node-access -- injected elements have no role to find
  })

  it('keeps http(s) and mailto links and turns anything else into text', async () => {
    render(
      <SummaryMarkdown
        source={'[docs](https://docs.example/a) [mail](mailto:a@b.example) [bad](javascript:alert(1)) [data](data:text/html,x)'}
      />,
    )
    expect(await screen.findByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://docs.example/a')
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:a@b.example')
    expect(screen.queryByRole('link', { name: 'bad' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'data' })).not.toBeInTheDocument()
    expect(screen.getByText('bad')).toBeInTheDocument()
  })

  it('hides personal data however Markdown spells it while screen-share safe mode is on', async () => {
    setPrivateMode(true)
    try {
      const { unmount } = render(<SummaryMarkdown source={'[write](mailto:rosa&#64;millbrook.example) or call &#43;1 815 555 0147 about **&#36;4,800**, [docs](https://docs.example/a)'} />)
      expect(await screen.findByText('[amount hidden]')).toHaveProperty('tagName', 'STRONG')
      expect(screen.getByText(/or call \[phone hidden\] about/)).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: 'write' })).not.toBeInTheDocument()
      expect(screen.getByText('write')).toBeInTheDocument()
      expect(screen.getByRole('link', { name: /docs/ })).toHaveAttribute('href', 'https://docs.example/a')
      expect(document.body.innerHTML).not.toMatch(/rosa@|815 555|4,800/)
      unmount()
    } finally {
      setPrivateMode(false)
    }
  })
})
