import { storedPreference } from '@/lib/storage/stored-preference'

export type ThemePreference = 'system' | 'light' | 'dark'

const themePreference = storedPreference<ThemePreference>('call-review:theme', {
  parse: (stored) => (stored === 'light' || stored === 'dark' ? stored : 'system'),
  serialize: (preference) => (preference === 'system' ? null : preference),
})

export const readThemePreference = themePreference.read

/** Applies the preference to <html>; "system" leaves it to the OS through `color-scheme`. */
export function applyThemePreference(preference: ThemePreference) {
  const root = document.documentElement
  root.classList.toggle('light', preference === 'light')
  root.classList.toggle('dark', preference === 'dark')
  themePreference.write(preference)
}
