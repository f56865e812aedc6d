// Printable ASCII folds character for character to its lower case, so most text skips the slow path.
const PLAIN_ASCII = /^[ -~]*$/

/**
 * Case- and accent-insensitive search. Text is folded one character at a time
 * so every folded position maps back to the original text for highlighting.
 */
export function foldText(text: string) {
  if (PLAIN_ASCII.test(text)) return { folded: text.toLowerCase(), origin: Array.from({ length: text.length + 1 }, (_, i) => i) }
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (let i = 0; i < base.length; i += 1) origin.push(index)
    folded += base
    index += char.length
  }
  origin.push(index)
  return { folded, origin }
}

/** The folded text alone, for searching in; a 3-hour transcript folds ten thousand of them on load. */
export function fold(text: string) {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : foldText(text).folded
}

export function foldQuery(query: string) {
  return fold(query.trim())
}

export type SearchMatch = { segmentIndex: number; start: number; end: number }

/** Every occurrence of the folded query, in transcript order, as ranges of the original text. */
export function findMatches(texts: readonly string[], foldedTexts: readonly string[], foldedQuery: string): SearchMatch[] {
  if (!foldedQuery) return []
  const matches: SearchMatch[] = []
  foldedTexts.forEach((folded, segmentIndex) => {
    let at = folded.indexOf(foldedQuery)
    if (at === -1) return
    const { origin } = foldText(texts[segmentIndex]!)
    while (at !== -1) {
      matches.push({ segmentIndex, start: origin[at]!, end: origin[at + foldedQuery.length]! })
      at = folded.indexOf(foldedQuery, at + foldedQuery.length)
    }
  })
  return matches
}
