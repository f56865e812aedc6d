import type { Element, Nodes } from 'hast'
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime'
import { sentencesOf } from '@/lib/text/sentences'
import { markdownTree } from './markdown-tree'
import { maskSummaryTree } from './mask-summary-tree'
import { EVIDENCE, FRAGMENT, type SummaryElement, type SummaryNode, type SummaryProps } from './summary-element'

type ComponentProps = SummaryProps & { node?: Element; alt?: string }

const element = (type: string, props: SummaryProps, key?: string): SummaryElement => ({ type, props, key })
const evidence = (claims: string[]) => element(EVIDENCE, { claims })
const childList = (children: SummaryNode): SummaryNode[] => (Array.isArray(children) ? children : [children])

function textOf(node: Nodes | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** A loose list's item holds paragraphs, which carry the links themselves. */
const hasParagraph = (node: Element | undefined) => node?.children.some((child) => child.type === 'element' && child.tagName === 'p') ?? false

// The summary sits under its panel's <h2>: its headings move two levels down, so a "# Title" in it never becomes a
// second <h1> or breaks the page's outline.
const components = {
  h1: 'h3',
  h2: 'h4',
  h3: 'h5',
  h4: 'h6',
  h5: 'h6',
  h6: 'h6',
  img: ({ alt }: ComponentProps) => element('span', { children: alt }),
  // Each paragraph and each bullet ends with where its sentences are heard in the call.
  p: ({ node, children }: ComponentProps) => element('p', { children: [...childList(children), evidence(sentencesOf(textOf(node)))] }),
  li: ({ node, children }: ComponentProps) =>
    element('li', { children: hasParagraph(node) ? children : [...childList(children), evidence([textOf(node)])] }),
}

// Components here build plain elements at once, where React would call them later.
function plainElement(type: string | ((props: ComponentProps) => SummaryElement), props: SummaryProps, key?: string): SummaryElement {
  return typeof type === 'function' ? { ...type(props), key } : element(type, props, key)
}

/**
 * The summary's Markdown as plain elements (see `SummaryElement`), with personal data hidden in every text and
 * attribute when `masked`, whatever Markdown spelled it with.
 */
export function summaryElements(source: string, masked: boolean): SummaryNode {
  const tree = markdownTree(source)
  // The library types its options and result for a JSX runtime; these build plain data instead.
  return toJsxRuntime(masked ? maskSummaryTree(tree) : tree, {
    Fragment: FRAGMENT,
    jsx: plainElement as never,
    jsxs: plainElement as never,
    components: components as unknown as Partial<Components>,
    passNode: true,
    ignoreInvalidStyle: true,
  }) as unknown as SummaryNode
}
