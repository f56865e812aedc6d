import type { Root } from 'hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const pipeline = unified().use(remarkParse).use(remarkGfm).use(remarkRehype)

/**
 * The summary's Markdown (with GitHub's tables, task lists and strikethrough) as an HTML syntax tree. Raw HTML in
 * the source is dropped, not carried over. Positions are left out: the tree crosses from a worker, and nothing reads them.
 */
export function markdownTree(source: string): Root {
  const tree = pipeline.runSync(pipeline.parse(source))
  visit(tree, (node) => {
    delete node.position
  })
  return tree
}
