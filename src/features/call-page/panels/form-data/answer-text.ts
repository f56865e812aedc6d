/** A form answer as words to look for in the call: text and numbers as written, each entry of a list; nothing for yes/no or nested answers. */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join(', ')
  return ''
}
