// Parses the summary's Markdown off the main thread: the parser's first run, cold, takes longer than a frame.
import { markdownTree } from './markdown-tree'
import type { MarkdownRequest, MarkdownResponse } from './markdown-messages'

self.onmessage = (event: MessageEvent<MarkdownRequest>) => {
  const { id, source } = event.data
  self.postMessage({ id, tree: markdownTree(source) } satisfies MarkdownResponse)
}
