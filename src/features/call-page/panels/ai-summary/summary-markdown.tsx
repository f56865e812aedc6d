import { useEffect, useMemo, useState } from 'react'
import { usePrivateMode } from '@/lib/privacy/private-mode'
import { parseMarkdown } from './parse-markdown'
import { PlainSummary } from './plain-summary'
import { summaryContent } from './summary-content'
import type { SummaryNode } from './summary-element'

/** Summaries parsed so far, by source and masking, so that a panel shown again does not parse again. A page shows one or two. */
const parsed = new Map<string, Promise<SummaryNode | null>>()
const PARSED_KEPT = 8

function parsedSummary(source: string, masked: boolean) {
  const key = `${masked ? 'masked' : 'plain'}:${source}`
  let summary = parsed.get(key)
  if (!summary) {
    summary = parseMarkdown(source, masked).catch(() => null)
    parsed.set(key, summary)
    if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!)
  }
  return summary
}

/** The summary's elements: undefined while it is parsed, null if it cannot be. */
function useParsedSummary(source: string, masked: boolean) {
  const [done, setDone] = useState<{ source: string; masked: boolean; summary: SummaryNode | null } | null>(null)
  useEffect(() => {
    let current = true
    void parsedSummary(source, masked).then((summary) => current && setDone({ source, masked, summary }))
    return () => {
      current = false
    }
  }, [source, masked])
  return done?.source === source && done.masked === masked ? done.summary : undefined
}

/**
 * The AI summary as Markdown, parsed off the main thread: raw HTML is not rendered, and only http(s)/mailto links
 * survive. It shows as plain text while it is parsed, and stays so if it cannot be.
 */
export function SummaryMarkdown({ source }: { source: string }) {
  // The source is masked already; the parsed summary is masked again for what Markdown decodes, such as "&#64;" for "@".
  const summary = useParsedSummary(source, usePrivateMode())
  const content = useMemo(() => summary && summaryContent(summary), [summary])
  if (!content) return <PlainSummary source={source} parsing={summary === undefined} />
  return <div className="prose-summary text-sm leading-relaxed">{content}</div>
}
