// Readers for data that bends instead of breaking: a value of the wrong type
// becomes `null`, a broken list item is dropped, and the rest survives. Plain
// functions rather than a schema library: a 3-hour transcript runs them ten
// thousand times, and each record's keys are then written exactly once.

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

export function readFlag(value: unknown) {
  return typeof value === 'boolean' ? value : null
}

/** Money is sent in whole cents; a fractional amount is rounded to one. */
export function readCents(value: unknown) {
  const amount = readFiniteNumber(value)
  return amount === null ? null : Math.round(amount)
}

/** An array read item by item; items the reader turns into `null` are dropped. */
export function readList<T>(value: unknown, readItem: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return []
  const items: T[] = []
  for (const entry of value as unknown[]) {
    const item = entry === null || entry === undefined ? null : readItem(entry)
    if (item !== null) items.push(item)
  }
  return items
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type Readers = Record<string, (value: unknown) => unknown>

/** Reads the named fields of a record, each with its own reader, so one bad field never spoils the others. */
export function readFields<R extends Readers>(record: Record<string, unknown>, readers: R): { [K in keyof R]: ReturnType<R[K]> } {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(readers)) fields[key] = readers[key]!(record[key])
  return fields as { [K in keyof R]: ReturnType<R[K]> }
}

/** The keys of `value` that its reader does not name, kept so nothing the API sent is lost. */
export function extraKeys(value: Record<string, unknown>, known: readonly string[]) {
  const unknownKeys = Object.keys(value).filter((key) => !known.includes(key))
  if (unknownKeys.length === 0) return {}
  return Object.fromEntries(unknownKeys.map((key) => [key, value[key]]))
}
