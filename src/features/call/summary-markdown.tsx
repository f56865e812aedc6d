import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { SafeLink } from '@/components/ui/safe-link'
import { safeHref } from '@/lib/safe-url'

const SUMMARY_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

const components: Components = {
  a: ({ href, children }) => (
    <SafeLink href={href} allowed={SUMMARY_PROTOCOLS}>
      {children}
    </SafeLink>
  ),
  img: ({ alt }) => <span>{alt}</span>,
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
