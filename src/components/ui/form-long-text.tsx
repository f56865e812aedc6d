import { useId, useState } from 'react'
import { LinkifyText } from './linkify-text'

export const LONG_TEXT_LIMIT = 280

/** Text over the limit starts collapsed to a preview, with a button to show all of it. */
export function FormLongText({ text }: { text: string }) {
  const [expanded, setExpanded] = useState(false)
  const textId = useId()
  const preview = previewOf(text)
  return (
    <span className="flex flex-col items-start gap-1">
      <span id={textId} className="wrap-anywhere whitespace-pre-wrap">
        {expanded ? <LinkifyText text={text} /> : preview}
      </span>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={textId}
        onClick={() => setExpanded((value) => !value)}
        className="rounded-sm text-xs font-medium text-link underline underline-offset-2 hover:no-underline"
      >
        {expanded ? 'Show less' : 'Show more'}
      </button>
    </span>
  )
}

// The preview is plain text: a URL cut short by it would link somewhere else.
function previewOf(text: string) {
  const head = text.slice(0, LONG_TEXT_LIMIT)
  const lastSpace = head.search(/\s\S*$/)
  let cut = lastSpace > LONG_TEXT_LIMIT / 2 ? lastSpace : head.length
  // Never split a surrogate pair such as an emoji.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1
  return `${text.slice(0, cut).trimEnd()}…`
}
