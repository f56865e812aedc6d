// Parses the summary's Markdown off the main thread, and builds its elements here too: the parser's first run, cold,
// takes longer than a frame, and the element builder's tables of HTML attributes take milliseconds to set up.
import type { MarkdownRequest, MarkdownResponse } from './markdown-messages'
import { summaryElements } from './summary-elements'

self.onmessage = (event: MessageEvent<MarkdownRequest>) => {
  const { id, source, masked } = event.data
  self.postMessage({ id, summary: summaryElements(source, masked) } satisfies MarkdownResponse)
}
