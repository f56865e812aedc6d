import { foldText } from './transcript-search'

type HighlightedTextProps = {
  text: string
  foldedQuery: string
  currentMatchStart: number
  /** The words an evidence link pointed at, marked while no search is shown. */
  evidenceRanges?: readonly (readonly [start: number, end: number])[]
}

/** The text with every search match marked, the current match standing out; else the evidence's words. */
export function HighlightedText({ text, foldedQuery, currentMatchStart, evidenceRanges }: HighlightedTextProps) {
  if (!foldedQuery) return evidenceRanges ? <EvidenceMarks text={text} ranges={evidenceRanges} /> : text
  const { folded, origin } = foldText(text)
  const parts = []
  let cursor = 0
  for (let at = folded.indexOf(foldedQuery); at !== -1; at = folded.indexOf(foldedQuery, at + foldedQuery.length)) {
    const start = origin[at]!
    const end = origin[at + foldedQuery.length]!
    if (start > cursor) parts.push(text.slice(cursor, start))
    parts.push(
      <mark
        key={start}
        className={start === currentMatchStart ? 'rounded-sm bg-warning px-0.5 text-card outline-2 outline-warning' : 'rounded-sm bg-warning-soft px-0.5 text-foreground underline decoration-warning'}
      >
        {text.slice(start, end)}
      </mark>,
    )
    cursor = end
  }
  if (cursor < text.length) parts.push(text.slice(cursor))
  return parts
}

function EvidenceMarks({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start < cursor || end > text.length) continue
    if (start > cursor) parts.push(text.slice(cursor, start))
    parts.push(
      <mark key={start} className="rounded-sm bg-accent px-0.5 text-foreground underline decoration-primary decoration-2">
        {text.slice(start, end)}
      </mark>,
    )
    cursor = end
  }
  if (cursor < text.length) parts.push(text.slice(cursor))
  return parts
}
