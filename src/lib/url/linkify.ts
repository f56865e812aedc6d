import { WEB_PROTOCOLS, safeHref } from './safe-url'

export type LinkifyPart = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string }

const URL_CANDIDATE = /https?:\/\/[^\s<>"]+/gi
const TRAILING_PUNCTUATION = /[.,;:!?'*_~…]$/
const CLOSING_TO_OPENING: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Splits free text into plain text and http(s) URLs. Punctuation that ends a
 * sentence, and a closing bracket the URL never opened, stay outside the link;
 * anything `safeHref` refuses stays text.
 */
export function linkify(text: string): LinkifyPart[] {
  const parts: LinkifyPart[] = []
  let textStart = 0
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index
    // "xhttps://…" is part of a word, not the start of a URL.
    if (start > 0 && LETTER_OR_DIGIT.test(text.charAt(start - 1))) continue
    const candidate = trimTrailing(match[0])
    const href = safeHref(candidate, WEB_PROTOCOLS)
    if (!href) continue
    pushText(parts, text.slice(textStart, start))
    parts.push({ kind: 'url', text: candidate, href })
    textStart = start + candidate.length
  }
  pushText(parts, text.slice(textStart))
  return parts
}

function trimTrailing(url: string) {
  let result = url
  for (;;) {
    const last = result.at(-1) ?? ''
    const opening = CLOSING_TO_OPENING[last]
    if (TRAILING_PUNCTUATION.test(last)) {
      result = result.slice(0, -1)
    } else if (opening && count(result, opening) < count(result, last)) {
      result = result.slice(0, -1)
    } else {
      return result
    }
  }
}

function count(text: string, char: string) {
  return text.split(char).length - 1
}

function pushText(parts: LinkifyPart[], text: string) {
  if (!text) return
  const previous = parts.at(-1)
  if (previous?.kind === 'text') previous.text += text
  else parts.push({ kind: 'text', text })
}
