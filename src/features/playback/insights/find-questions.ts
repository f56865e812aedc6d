import { END, LETTER, rx } from './pattern-parts'
import { addSpan, type Span } from './point-spans'

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/gu
const CLOSED_STATEMENT = /[\p{L}\p{N}]{2}[.!]["'”’)\]]*\s*$/u
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{L}|mr|mrs|ms|dr|st|vs|e\.g|i\.e)$/u
const PRONOUN = String.raw`(?:i|you|we|they|he|she|it)(?:['’](?:m|re|s|d|ll|ve))?${END}`
const FILLER = String.raw`(?:(?:so|and|but|okay|ok|alright|right|well|um+|uh+|oh|yeah|yep|yes|no|also|sorry|hey|then|now|great|cool|sure|perfect|just|actually|honestly|quick\s+question|one\s+more\s+thing)${END}|[${LETTER}]+(?=,))[\s,]+`
// Tried where a sentence begins; apostrophes may be missing, as in many unpunctuated transcripts.
// A wh-word followed by its subject ("what I'd suggest is") opens a statement.
const OPENS_AS_QUESTION = rx(
  `(?:${FILLER}){0,4}(?:`,
  [
    String.raw`(?:do|did|don['’]?t|didn['’]?t|have|haven['’]?t)\s+(?:you|we|they|i|y['’]all)${END}`,
    String.raw`(?:does|doesn['’]?t|has|hasn['’]?t|is|isn['’]?t|was|wasn['’]?t)\s+(?:it|he|she|that|this|there|the|your|our|their|his|her|any[${LETTER}]*|some[${LETTER}]*|every[${LETTER}]*)${END}`,
    String.raw`(?:are|aren['’]?t|were|weren['’]?t)\s+(?:you|we|they|there|these|those|the|your|our|their|any[${LETTER}]*)${END}`,
    String.raw`(?:can|could|would|will|should|shall|may|might|can['’]?t|couldn['’]?t|wouldn['’]?t|won['’]?t|shouldn['’]?t)\s+(?:i|you|we|they|he|she|it|that|this|there|the|your|our|any[${LETTER}]*|some[${LETTER}]*)${END}`,
    String.raw`am\s+i${END}|(?:what|how|when|where|who|why)['’](?:s|re|d|ll)${END}|(?:whats|hows|wheres|whos)${END}|(?:when|where)\s+(?:do|does|did|can|could|would|will|should|is|are|was|were)${END}`,
    String.raw`(?:who|whom|whose|which|why)\s+(?!${PRONOUN}|is\s+why${END}|means${END})[${LETTER}]`,
    String.raw`what\s+(?!${PRONOUN}|(?:a|an|the)${END})[${LETTER}]|how\s+(?!${PRONOUN}|(?:the|a|an|this|that|these|those|our|your|my|their|his|her)${END})[${LETTER}]`,
    String.raw`(?:any\s+chance|is\s+it\s+possible|would\s+it\s+be\s+possible|mind\s+if|how\s+about|what\s+about|what\s+if|how\s+come)${END}`,
  ].join('|'),
  ')',
)

/**
 * The sentences that are questions: those ending in "?", and those without closing
 * punctuation that open like one. A segment without punctuation is one sentence.
 */
export function findQuestions(lower: string, spans: Span[]) {
  // Most segments are statements ending in a full stop: nothing to split.
  if (!lower.includes('?') && !lower.includes('…') && !lower.includes('..') && CLOSED_STATEMENT.test(lower.slice(-8))) return
  let from = 0
  const consider = (end: number, closing: string) => {
    let start = from
    while (start < end && isSpace(lower, start)) start += 1
    let last = end
    while (last > start && isSpace(lower, last - 1)) last -= 1
    OPENS_AS_QUESTION.lastIndex = start
    const unclosed = closing === '' || closing.startsWith('…') || closing.startsWith('..')
    if (last > start && (closing.includes('?') || (unclosed && OPENS_AS_QUESTION.test(lower)))) addSpan(spans, 'question', start, last)
  }
  SENTENCE_END.lastIndex = 0
  for (let match = SENTENCE_END.exec(lower); match; match = SENTENCE_END.exec(lower)) {
    const closingEnd = SENTENCE_END.lastIndex
    if (match[0] === '.' && ABBREVIATION_BEFORE.test(lower.slice(Math.max(0, match.index - 5), match.index))) continue
    consider(closingEnd, match[0])
    from = closingEnd
    SENTENCE_END.lastIndex = closingEnd
  }
  consider(lower.length, '')
}

function isSpace(text: string, at: number) {
  const code = text.charCodeAt(at)
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text.charAt(at)))
}
