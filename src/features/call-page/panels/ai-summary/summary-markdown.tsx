import type { Root } from 'hast'
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime'
import { useEffect, useMemo, useState } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { SafeLink } from '@/components/ui/safe-link'
import { EvidenceLinks } from '@/features/playback/evidence/evidence-links'
import { usePrivateMode } from '@/lib/privacy/private-mode'
import { sentencesOf } from '@/lib/text/sentences'
import { maskSummaryTree } from './mask-summary-tree'
import { parseMarkdown } from './parse-markdown'
import { PlainSummary } from './plain-summary'

const SUMMARY_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

// The summary sits under its panel's <h2>: its headings move two levels down, so
// a "# Title" in it never becomes a second <h1> or breaks the page's outline.
const demoteHeading = (Tag: 'h3' | 'h4' | 'h5' | 'h6'): Components['h1'] =>
  function SummaryHeading({ children }) {
    return <Tag>{children}</Tag>
  }

const components: Partial<Components> = {
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

/** Summaries parsed so far, by source, so that a panel shown again does not parse again. A page shows one or two. */
const parsed = new Map<string, Promise<Root | null>>()
const PARSED_KEPT = 8

function summaryTree(source: string) {
  let tree = parsed.get(source)
  if (!tree) {
    tree = parseMarkdown(source).catch(() => null)
    parsed.set(source, tree)
    if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!)
  }
  return tree
}

/** The summary's tree: undefined while it is parsed, null if it cannot be. */
function useSummaryTree(source: string) {
  const [done, setDone] = useState<{ source: string; tree: Root | null } | null>(null)
  useEffect(() => {
    let current = true
    void summaryTree(source).then((tree) => current && setDone({ source, tree }))
    return () => {
      current = false
    }
  }, [source])
  return done?.source === source ? done.tree : undefined
}

/**
 * The AI summary as Markdown, parsed off the main thread: raw HTML is not rendered, and only http(s)/mailto links
 * survive. It shows as plain text while it is parsed, and stays so if it cannot be.
 */
export function SummaryMarkdown({ source }: { source: string }) {
  const parsedTree = useSummaryTree(source)
  const privateMode = usePrivateMode()
  // The source is masked already; the tree is masked again for what Markdown decodes, such as "&#64;" for "@".
  const tree = useMemo(() => (parsedTree && privateMode ? maskSummaryTree(parsedTree) : parsedTree), [parsedTree, privateMode])
  const content = useMemo(() => tree && toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passNode: true, ignoreInvalidStyle: true }), [tree])
  if (!content) return <PlainSummary source={source} parsing={tree === undefined} />
  return <div className="prose-summary text-sm leading-relaxed">{content}</div>
}
