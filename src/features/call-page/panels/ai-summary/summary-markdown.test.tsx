import { render, screen } from '@testing-library/react'
import { SummaryMarkdown } from './summary-markdown'

describe(SummaryMarkdown.name, () => {
  it('renders Markdown structure', () => {
    render(<SummaryMarkdown source={'Intro with **a decision**.\n\n- first point\n- second point'} />)
    expect(screen.getByText('a decision').tagName).toBe('STRONG')
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('keeps its headings below the panel heading, so a "# Title" is never a second page title', () => {
    render(<SummaryMarkdown source={'# Decision\n\n## Next steps\n\n###### Fine print'} />)
    expect(screen.getByRole('heading', { name: 'Decision' })).toHaveProperty('tagName', 'H3')
    expect(screen.getByRole('heading', { name: 'Next steps' })).toHaveProperty('tagName', 'H4')
    expect(screen.getByRole('heading', { name: 'Fine print' })).toHaveProperty('tagName', 'H6')
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  it('never renders raw HTML from the summary', () => {
    render(<SummaryMarkdown source={'Hello <img src=x onerror="alert(1)"> <script>alert(2)</script> <b>bold?</b>'} />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText(/Hello/)).toBeInTheDocument()
    expect(document.querySelector('script, img, b')).toBeNull() // eslint-disable-line testing-library/no-node-access -- injected elements have no role to find
  })

  it('keeps http(s) and mailto links and turns anything else into text', () => {
    render(
      <SummaryMarkdown
        source={'[docs](https://docs.example/a) [mail](mailto:a@b.example) [bad](javascript:alert(1)) [data](data:text/html,x)'}
      />,
    )
    expect(screen.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://docs.example/a')
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:a@b.example')
    expect(screen.queryByRole('link', { name: 'bad' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'data' })).not.toBeInTheDocument()
    expect(screen.getByText('bad')).toBeInTheDocument()
  })
})
