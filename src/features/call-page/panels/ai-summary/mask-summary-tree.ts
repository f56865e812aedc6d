import type { Root, RootContent } from 'hast'
import { maskPersonalText } from '@/lib/privacy/mask-personal-data'

type Node = Root | RootContent
type Properties = Record<string, unknown>

function maskProperties(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(properties).flatMap(([key, value]) => {
      if (typeof value !== 'string') return [[key, value]]
      const masked = maskPersonalText(value)
      // A link to an address it must not show (mailto:, a URL holding a phone number) keeps its words, not its target.
      if (key === 'href' && masked !== value) return []
      return [[key, masked]]
    }),
  )
}

/** The parsed summary with personal data hidden in every text and attribute, whatever Markdown spelled it with. */
export function maskSummaryTree<T extends Node>(node: T): T {
  const masked = { ...node }
  if ('value' in masked && typeof masked.value === 'string') masked.value = maskPersonalText(masked.value)
  if ('properties' in masked) masked.properties = maskProperties(masked.properties) as typeof masked.properties
  if ('children' in masked) masked.children = masked.children.map((child) => maskSummaryTree(child))
  return masked
}
