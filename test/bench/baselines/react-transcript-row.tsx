import { formatTime, matchStarts, type BaselineSegment } from './load-transcript'

type RowProps = { segment: BaselineSegment; isActive: boolean; needle: string }

export function ReactTranscriptRow({ segment, isActive, needle }: RowProps) {
  return (
    <li aria-current={isActive ? 'true' : undefined}>
      <span className="time">{formatTime(segment.start)}</span>
      <span>
        <span className="speaker">{segment.speaker}</span>
        <HighlightedText text={segment.text} needle={needle} />
      </span>
    </li>
  )
}

function HighlightedText({ text, needle }: { text: string; needle: string }) {
  if (!needle) return text
  const parts = []
  let cursor = 0
  for (const start of matchStarts(text.toLowerCase(), needle)) {
    parts.push(text.slice(cursor, start), <mark key={start}>{text.slice(start, start + needle.length)}</mark>)
    cursor = start + needle.length
  }
  parts.push(text.slice(cursor))
  return parts
}
