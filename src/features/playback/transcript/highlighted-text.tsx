import { foldText } from './transcript-search'

type HighlightedTextProps = { text: string; foldedQuery: string; currentMatchStart: number }

/** The text with every search match marked; the current match stands out. */
export function HighlightedText({ text, foldedQuery, currentMatchStart }: HighlightedTextProps) {
  if (!foldedQuery) return text
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
