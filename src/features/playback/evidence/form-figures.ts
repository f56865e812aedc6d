import { isRecord } from '@/lib/schema/tolerant-schema'
import { spokenNumber } from '@/lib/text/spoken-number'

/** A figure on the form: one value, or a range (a budget from–to); `money` when it is an amount. */
export type FormFigure = { min: number; max: number; money: boolean }

/** The figures a form answer states: a number, a short numeric text, or a range in cents. */
export function formFigures(value: unknown): FormFigure[] {
  if (typeof value === 'number' && Number.isFinite(value)) return [{ min: value, max: value, money: false }]
  if (typeof value === 'string' && value.length <= 24) {
    const number = spokenNumber(value)
    return number === null ? [] : [{ min: number, max: number, money: /[$€£¥₹]/.test(value) }]
  }
  if (isRecord(value) && Number.isFinite(value.min_cents) && Number.isFinite(value.max_cents)) {
    const [low, high] = [value.min_cents as number, value.max_cents as number].sort((a, b) => a - b)
    return [{ min: low! / 100, max: high! / 100, money: true }]
  }
  return []
}
