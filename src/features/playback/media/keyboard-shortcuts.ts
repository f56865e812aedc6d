import { storedPreference } from '@/lib/storage/stored-preference'

/** Page-wide playback shortcuts, as data: the handler, the help dialog and aria-keyshortcuts read the same map. */
export const SHORTCUTS = {
  togglePlay: { keys: [' ', 'k'], label: 'Play or pause', shown: 'Space or K' },
  back10: { keys: ['j'], label: 'Back 10 seconds', shown: 'J' },
  forward10: { keys: ['l'], label: 'Forward 10 seconds', shown: 'L' },
  back5: { keys: ['ArrowLeft'], label: 'Back 5 seconds', shown: '←' },
  forward5: { keys: ['ArrowRight'], label: 'Forward 5 seconds', shown: '→' },
  slower: { keys: ['<'], label: 'Slower', shown: 'Shift + <' },
  faster: { keys: ['>'], label: 'Faster', shown: 'Shift + >' },
  previousPoint: { keys: ['p'], label: 'Previous point of interest', shown: 'P' },
  nextPoint: { keys: ['n'], label: 'Next point of interest', shown: 'N' },
  search: { keys: ['/'], label: 'Search the transcript', shown: '/' },
  help: { keys: ['?'], label: 'Show these shortcuts', shown: '?' },
} as const

export type ShortcutAction = keyof typeof SHORTCUTS

export function actionForKey(key: string): ShortcutAction | null {
  const normalized = key.length === 1 ? key.toLowerCase() : key
  const entry = Object.entries(SHORTCUTS).find(([, shortcut]) => (shortcut.keys as readonly string[]).includes(normalized))
  return entry ? (entry[0] as ShortcutAction) : null
}

/** Typing, and keys a focused control already uses, are never taken over. */
export function isOwnedByFocus(target: EventTarget | null, key: string) {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return target.type !== 'range' || key.startsWith('Arrow')
  const activates = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY'
  if (activates) return key === ' ' || key === 'Enter'
  return target.closest('[role="dialog"], dialog') !== null
}

const shortcutsEnabled = storedPreference('call-review:shortcuts', {
  parse: (stored) => stored !== 'off',
  serialize: (enabled: boolean) => (enabled ? 'on' : 'off'),
})

export const readShortcutsEnabled = shortcutsEnabled.read
export const storeShortcutsEnabled = shortcutsEnabled.write
