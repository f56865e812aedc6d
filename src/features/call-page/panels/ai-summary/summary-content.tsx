import { Fragment, type JSX, type ReactNode } from 'react'
import { jsx, jsxs } from 'react/jsx-runtime'
import { SafeLink } from '@/components/ui/safe-link'
import { EvidenceLinks } from '@/features/playback/evidence/evidence-links'
import { EVIDENCE, FRAGMENT, type SummaryNode } from './summary-element'

const SUMMARY_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

/** The summary's plain elements as React elements; links go through the one URL check, and only http(s)/mailto survive. */
export function summaryContent(node: SummaryNode): ReactNode {
  if (Array.isArray(node)) return node.map(summaryContent)
  if (node === null || typeof node !== 'object') return node
  const { children, ...props } = node.props
  const content = summaryContent(children)
  const create = Array.isArray(children) ? jsxs : jsx
  switch (node.type) {
    case FRAGMENT:
      return create(Fragment, { children: content }, node.key)
    case EVIDENCE:
      return <EvidenceLinks key={node.key} claims={props.claims as string[]} />
    case 'a':
      return create(SafeLink, { href: props.href as string | undefined, allowed: SUMMARY_PROTOCOLS, children: content }, node.key)
    default:
      return create(node.type as keyof JSX.IntrinsicElements, { ...props, children: content }, node.key)
  }
}
