export type ThemePreference = 'system' | 'light' | 'dark'

const STORAGE_KEY = 'call-review:theme'

export function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

/** Applies the preference to <html>; "system" leaves it to the OS through `color-scheme`. */
export function applyThemePreference(preference: ThemePreference) {
  const root = document.documentElement
  root.classList.toggle('light', preference === 'light')
  root.classList.toggle('dark', preference === 'dark')
  try {
    if (preference === 'system') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, preference)
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this visit.
  }
}
