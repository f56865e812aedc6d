// Building blocks for schemas that bend instead of break: a field of the wrong
// type becomes `null`, a broken list item is dropped, and the rest survives.
import { z } from 'zod'

export const text = z.string().nullish().catch(null).transform((value) => value ?? null)

export const nonEmptyText = text.transform((value) => (value?.trim() ? value : null))

export const finiteNumber = z
  .number()
  .finite()
  .nullish()
  .catch(null)
  .transform((value) => value ?? null)

export const flag = z.boolean().nullish().catch(null).transform((value) => value ?? null)

export const cents = finiteNumber.transform((value) => (value === null ? null : Math.round(value)))

/** Reads an array item by item; `null`s and items the schema rejects are dropped. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.unknown().optional().transform((value): z.output<T>[] => {
    if (!Array.isArray(value)) return []
    return value.flatMap((entry) => {
      if (entry === null || entry === undefined) return []
      const parsed = item.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    })
  })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The keys of `value` that its schema does not name, kept so nothing the API sent is lost. */
export function extraKeys(value: Record<string, unknown>, known: readonly string[]) {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !known.includes(key)))
}
