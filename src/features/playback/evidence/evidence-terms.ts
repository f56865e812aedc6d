import { stemmer } from 'stemmer'
import { eng } from 'stopword'
import { spokenNumber } from '@/lib/text/spoken-number'

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const UNITS = 'one|two|three|four|five|six|seven|eight|nine'

/** A word as written: a spoken compound number ("twenty-five"), digits with grouping ("4,800"), or letters with an inner apostrophe ("don't"). */
const WORD = new RegExp(`\\b(?:${TENS})-(?:${UNITS})\\b|\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+(?:['’]\\p{L}+)*`, 'giu')

const STOP_WORDS = new Set(eng)

export type WordSpan = { term: string; start: number; end: number }

/**
 * The index term for one word: lower-cased, digits without grouping, number words as digits, stemmed;
 * null for a stop word, which says nothing about where a claim is heard.
 */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase()
  let term = termOf.get(lower)
  if (term === undefined) {
    term = computeTerm(lower)
    termOf.set(lower, term)
  }
  return term
}

/** A call's vocabulary is a few thousand words said over and over: each is stemmed once. */
const termOf = new Map<string, string | null>()

function computeTerm(word: string): string | null {
  const lower = word.replace(/['’]s$/, '')
  if (/^\d/.test(lower)) return lower.replace(/,(?=\d{3}\b)/g, '')
  // Spoken numbers as the digits a summary writes for them, so "fourteen trucks" supports "14 trucks".
  const number = lower === 'a' || lower === 'an' ? null : spokenNumber(lower)
  if (number !== null) return String(number)
  if (STOP_WORDS.has(lower) || lower.length < 2) return null
  return stemmer(lower.replace(/’/g, "'"))
}

/** The words of `text` that carry meaning, each as its index term, with where it stands in the text. */
export function meaningfulWords(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(WORD)) {
    const term = indexTerm(match[0])
    if (term) spans.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return spans
}

/** The words of `text` as written, for MiniSearch to pass through `indexTerm`. */
export function words(text: string): string[] {
  return text.match(WORD) ?? []
}
