import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { SafeLink } from '@/components/ui/safe-link'
import { EvidenceLinks } from '@/features/playback/evidence/evidence-links'
import { sentencesOf } from '@/lib/text/sentences'
import { safeHref } from '@/lib/url/safe-url'

const SUMMARY_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

// The summary sits under its panel's <h2>: its headings move two levels down, so
// a "# Title" in it never becomes a second <h1> or breaks the page's outline.
const demoteHeading = (Tag: 'h3' | 'h4' | 'h5' | 'h6'): Components['h1'] =>
  function SummaryHeading({ children }) {
    return <Tag>{children}</Tag>
  }

const components: Components = {
  h1: demoteHeading('h3'),
  h2: demoteHeading('h4'),
  h3: demoteHeading('h5'),
  h4: demoteHeading('h6'),
  h5: demoteHeading('h6'),
  h6: demoteHeading('h6'),
  a: ({ href, children }) => (
    <SafeLink href={href} allowed={SUMMARY_PROTOCOLS}>
      {children}
    </SafeLink>
  ),
  img: ({ alt }) => <span>{alt}</span>,
  // Each paragraph and each bullet ends with where its sentences are heard in the call.
  p: ({ node, children }) => (
    <p>
      {children}
      <EvidenceLinks claims={sentencesOf(textOf(node))} />
    </p>
  ),
  li: ({ node, children }) => (
    <li>
      {children}
      {!hasParagraph(node) && <EvidenceLinks claims={[textOf(node)]} />}
    </li>
  ),
}

type MarkdownNode = { type: string; value?: string; tagName?: string; children?: MarkdownNode[] }

function textOf(node: MarkdownNode | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

/** A loose list's item holds paragraphs, which carry the links themselves. */
function hasParagraph(node: MarkdownNode | undefined) {
  return node?.children?.some((child) => child.tagName === 'p') ?? false
}

/** The AI summary as Markdown: raw HTML is not rendered, and only http(s)/mailto links survive. */
export function SummaryMarkdown({ source }: { source: string }) {
  return (
    <div className="prose-summary text-sm leading-relaxed">
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => safeHref(url, SUMMARY_PROTOCOLS) ?? ''}
        components={components}
      >
        {source}
      </Markdown>
    </div>
  )
}
