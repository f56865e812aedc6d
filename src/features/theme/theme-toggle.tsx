import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { applyThemePreference, readThemePreference, type ThemePreference } from './theme'

const NEXT: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<ThemePreference, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }

export function ThemeToggle() {
  const [preference, setPreference] = useState(readThemePreference)
  const choose = () => {
    const next = NEXT[preference]
    applyThemePreference(next)
    setPreference(next)
  }
  return (
    <Button variant="ghost" size="sm" className="shrink-0 whitespace-nowrap" onClick={choose} aria-live="polite">
      {LABEL[preference]}
    </Button>
  )
}
