import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyThemePreference } from '@/features/theme/theme'
import { setPrivateMode } from '@/lib/privacy/private-mode'

// The script index.html runs before anything paints: it must read what the app writes.
const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''

function runBeforePaint() {
  document.documentElement.className = ''
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's own inline script, read from index.html
  const run = new Function(script) as () => void
  run()
  return document.documentElement.className
}

afterEach(() => {
  applyThemePreference('system')
  setPrivateMode(false)
  document.documentElement.className = ''
})

describe('the script index.html runs before the first paint', () => {
  it.each(['light', 'dark'] as const)('applies the %s theme the viewer chose', (theme) => {
    applyThemePreference(theme)
    expect(runBeforePaint()).toBe(theme)
  })

  it('leaves the system’s theme alone', () => {
    applyThemePreference('system')
    expect(runBeforePaint()).toBe('')
  })

  it('marks the page for screen-share safe mode turned on in this tab', () => {
    setPrivateMode(true)
    expect(runBeforePaint()).toBe('private-mode')
  })

  it('does nothing when storage cannot be read', () => {
    const { localStorage } = window
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new Error('denied') } })
    try {
      expect(runBeforePaint()).toBe('')
    } finally {
      Object.defineProperty(window, 'localStorage', { configurable: true, value: localStorage })
    }
  })
})
