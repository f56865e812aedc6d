type PreferenceCodec<T> = {
  /** The value for what storage holds; `null` when nothing is stored or storage is unavailable. */
  parse: (stored: string | null) => T
  /** What to store for a value, or `null` to forget it (the default needs no entry). */
  serialize: (value: T) => string | null
}

/**
 * One choice remembered in this browser. Reading and writing never throw: storage can be
 * disabled, full or blocked (private mode), and the choice then lasts for this visit only.
 */
export function storedPreference<T>(key: string, { parse, serialize }: PreferenceCodec<T>) {
  return {
    read: (): T => {
      try {
        return parse(localStorage.getItem(key))
      } catch {
        return parse(null)
      }
    },
    write: (value: T) => {
      try {
        const stored = serialize(value)
        if (stored === null) localStorage.removeItem(key)
        else localStorage.setItem(key, stored)
      } catch {
        // Unavailable storage: nothing to do, the page keeps the choice in memory.
      }
    },
  }
}
