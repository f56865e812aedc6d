import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react'

const NONE: readonly number[] = []

/** Where the transcript search's matches are, in seconds: written by the transcript, read by the seek bar alone. */
function createSearchMarks() {
  let times = NONE
  const listeners = new Set<() => void>()
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: () => times,
    set: (next: readonly number[]) => {
      times = next.length === 0 ? NONE : next
      listeners.forEach((listener) => listener())
    },
  }
}

const SearchMarksContext = createContext<ReturnType<typeof createSearchMarks> | null>(null)

export function SearchMarksProvider({ children }: { children: ReactNode }) {
  const [marks] = useState(createSearchMarks)
  return <SearchMarksContext value={marks}>{children}</SearchMarksContext>
}

/** Tells the seek bar where the matches are; a no-op outside a provider. */
export function usePublishSearchMarks() {
  return use(SearchMarksContext)?.set
}

export function useSearchMarks() {
  const marks = use(SearchMarksContext)
  return useSyncExternalStore(marks?.subscribe ?? subscribeToNothing, marks?.get ?? (() => NONE))
}

const subscribeToNothing = () => () => {}
