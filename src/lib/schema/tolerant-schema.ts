// Building blocks for schemas that bend instead of break: a field of the wrong
// type becomes `null`, a broken list item is dropped, and the rest survives.
// Zod Mini keeps only the parsers in use in the bundle.
import * as z from 'zod/mini'

// Plain readers, for lists too long for a schema per item (a 3-hour transcript's ten
// thousand segments); the schemas below are built from the same readers.

export function readText(value: unknown) {
  return typeof value === 'string' ? value : null
}

export function readNonEmptyText(value: unknown) {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** NaN and ±Infinity count as the wrong type. */
export function readFiniteNumber(value: unknown) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function fromReader<T>(read: (value: unknown) => T) {
  return z.pipe(z.optional(z.unknown()), z.transform(read))
}

function orNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.catch(z.nullish(schema), null),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  )
}

export const text = fromReader(readText)

export const nonEmptyText = fromReader(readNonEmptyText)

export const finiteNumber = fromReader(readFiniteNumber)

export const flag = orNull(z.boolean())

export const cents = z.pipe(
  finiteNumber,
  z.transform((value: number | null) => (value === null ? null : Math.round(value))),
)

/** Reads an array item by item; `null`s and items the schema rejects are dropped. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value): z.output<T>[] => {
      if (!Array.isArray(value)) return []
      return value.flatMap((entry) => {
        if (entry === null || entry === undefined) return []
        const parsed = item.safeParse(entry)
        return parsed.success ? [parsed.data] : []
      })
    }),
  )
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The keys of `value` that its schema does not name, kept so nothing the API sent is lost. */
export function extraKeys(value: Record<string, unknown>, known: readonly string[]) {
  const unknownKeys = Object.keys(value).filter((key) => !known.includes(key))
  // Most records have none; skipping the copy matters for a long call's ten thousand segments.
  if (unknownKeys.length === 0) return {}
  return Object.fromEntries(unknownKeys.map((key) => [key, value[key]]))
}
