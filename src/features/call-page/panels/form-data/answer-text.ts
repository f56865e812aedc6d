import { isRecord } from '@/lib/schema/tolerant-schema'

/**
 * A form answer as words to look for in the call: text and numbers as written, each entry of a list, a range in
 * cents as its two amounts; nothing for yes/no or other nested answers.
 */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join(', ')
  if (isRecord(value) && typeof value.min_cents === 'number' && typeof value.max_cents === 'number') {
    return `${value.min_cents / 100} to ${value.max_cents / 100}`
  }
  return ''
}
