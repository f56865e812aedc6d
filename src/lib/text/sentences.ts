const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' })

/** The sentences of `text`, trimmed, without empty ones. */
export function sentencesOf(text: string): string[] {
  return [...SENTENCES.segment(text)].map((part) => part.segment.trim()).filter(Boolean)
}
