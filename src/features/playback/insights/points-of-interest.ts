// Points of interest: questions, money, numbers, dates and next steps, read from
// the transcript text alone, in the browser. Spoken English is read loosely:
// - Punctuation is trusted where the transcriber gave any; a sentence without it
//   is a question when it opens like one ("how many trucks do you run").
// - A year standing alone ("in 1978") is a date; "2000 stops" is a number. Clock
//   times ("6:30", "four a.m.") are neither. A spoken "one" is never a number.
// - A span is reported once: "by Friday" is a date (its sentence usually carries
//   the next step), and a number inside money or a date is not reported again.
// A 3-hour call has ten thousand segments, so the text is lower-cased once, and
// each pattern (compiled once, here) is tried only at words it can begin with.
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { findQuestions } from './find-questions'
import { ACRONYM_BEFORE, afterNoun, DATE_PATTERNS, LABEL_BEFORE, LEAD_BEFORE, matches, MAY_LEAD_BEFORE, RATE, wordStarts, YEAR } from './point-patterns'
import { addSpan, type Span } from './point-spans'

export type PointKind = 'question' | 'money' | 'number' | 'date' | 'next step'

export type PointOfInterest = {
  kind: PointKind
  segmentIndex: number
  /** The segment's start, and whether it was given (an untimed point cannot be jumped to). */
  start: number
  timed: boolean
  speaker: Speaker
  /** The phrase found; for a question, the whole sentence, cut at 160 characters. */
  text: string
  /** Where the phrase or sentence sits in the segment's text, as string offsets. */
  matchStart: number
  matchEnd: number
}


const QUESTION_MAX_LENGTH = 160

/** Every point in the transcript, in transcript order (by segment, then by place in the segment). */
export function findPointsOfInterest(model: Pick<TranscriptModel, 'segments' | 'speakerOf'>): PointOfInterest[] {
  const points: PointOfInterest[] = []
  model.segments.forEach((segment, segmentIndex) => {
    const { text } = segment
    for (const { kind, start, end } of findSpans(text)) {
      const phrase = text.slice(start, end)
      points.push({
        kind,
        segmentIndex,
        start: segment.start,
        timed: segment.timed,
        speaker: model.speakerOf[segmentIndex]!,
        text: kind === 'question' ? shorten(phrase) : phrase,
        matchStart: start,
        matchEnd: end,
      })
    }
  })
  return points
}

function findSpans(text: string): Span[] {
  const lower = lowerCase(text)
  const spans: Span[] = []
  findQuestions(lower, spans)
  const starts = wordStarts(lower)
  const taken: Span[] = []
  let dateEnd = 0
  for (const match of matches(lower, starts, DATE_PATTERNS)) {
    // One character more than the words before it, so that "standby" does not read as "by".
    const before = lower.slice(Math.max(0, match.index - 41), match.index)
    const lead = LEAD_BEFORE.exec(before)?.[0].length ?? 0
    if (match[0] === 'may' && lead === 0 && !MAY_LEAD_BEFORE.test(before)) continue
    const start = Math.max(dateEnd, match.index - lead)
    dateEnd = match.index + match[0].length
    addSpan(spans, 'date', start, dateEnd)
    taken.push({ kind: 'date', start, end: dateEnd })
  }
  for (const match of matches(lower, starts, ['clock'])) taken.push({ kind: 'number', start: match.index, end: match.index + match[0].length })
  for (const match of matches(lower, starts, ['amount'])) {
    const [phrase, sign, digits, short, scale, currency] = match
    const start = match.index
    const end = start + phrase.length
    if (taken.some((span) => span.start < end && start < span.end)) continue
    if (currency || sign || scale === 'grand' || (digits && short === 'k')) {
      RATE.lastIndex = end
      addSpan(spans, 'money', start, RATE.test(lower) ? RATE.lastIndex : end)
      continue
    }
    const before = Math.max(0, start - 12)
    if (phrase === 'one' || LABEL_BEFORE.test(lower.slice(before, start)) || ACRONYM_BEFORE.test(text.slice(before, start))) continue
    let counted = short || scale || phrase.endsWith('%') || phrase.endsWith('cent') ? end : afterNoun(text, end)
    if (taken.some((span) => span.start < counted && start < span.end)) counted = end
    addSpan(spans, counted === end && YEAR.test(digits ?? '') ? 'date' : 'number', start, counted)
  }
  for (const match of matches(lower, starts, ['nextStep'])) addSpan(spans, 'next step', match.index, match.index + match[0].length)
  return spans.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The text in lower case with every character where it was, so offsets still point into the original. */
function lowerCase(text: string) {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  // A few characters grow when lower-cased ("İ"); those stay as they are.
  let kept = ''
  for (const char of text) {
    const folded = char.toLowerCase()
    kept += folded.length === char.length ? folded : char
  }
  return kept
}

function shorten(sentence: string) {
  if (sentence.length <= QUESTION_MAX_LENGTH) return sentence
  let cut = QUESTION_MAX_LENGTH - 1
  // Never split a surrogate pair, which would show as a broken character.
  if (/[\uD800-\uDBFF]/.test(sentence.charAt(cut - 1))) cut -= 1
  return `${sentence.slice(0, cut).trimEnd()}…`
}
