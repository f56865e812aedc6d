import { useSyncExternalStore } from 'react'

// Screen-share safe mode: on for a link with ?private=1, and for the rest of this tab's visit once turned on, so
// following a link inside the app never shows a room what it should not see.
export const PRIVATE_PARAM = 'private'
/** What every copy, share and export control adds to its name while the mode is on. */
export const PRIVATE_NOTE = 'personal data hidden'
const STORAGE_KEY = 'call-review:private'

const listeners = new Set<() => void>()
let on = readInitial()

function readInitial() {
  try {
    return new URLSearchParams(location.search).get(PRIVATE_PARAM) === '1' || sessionStorage.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

export const isPrivateMode = () => on

export function setPrivateMode(next: boolean) {
  on = next
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, '1')
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Unavailable storage: the mode lasts until the page reloads, and the address keeps it.
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const usePrivateMode = () => useSyncExternalStore(subscribe, isPrivateMode)
