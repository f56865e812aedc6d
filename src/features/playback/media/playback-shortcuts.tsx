import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { actionForKey, isOwnedByFocus, readShortcutsEnabled, SHORTCUTS, storeShortcutsEnabled, type ShortcutAction } from './keyboard-shortcuts'
import { useMediaActions } from './media-context'
import type { MediaActions } from './media-store'
import { TRANSCRIPT_SEARCH_ID } from '@/features/playback/transcript/transcript-toolbar'
import { NEXT_POINT_ID, PREVIOUS_POINT_ID } from '@/features/playback/insights/point-stepper-ids'

/** Listens for the playback shortcuts and offers the list of them (and a switch to turn single keys off). */
export function PlaybackShortcuts() {
  const media = useMediaActions()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [enabled, setEnabled] = useState(readShortcutsEnabled)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isOwnedByFocus(event.target, event.key)) return
      const action = actionForKey(event.key)
      if (!action || (!enabled && action !== 'help')) return
      event.preventDefault()
      if (action === 'help') dialogRef.current?.showModal()
      else run(action, media)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [media, enabled])

  return (
    <>
      <Button variant="ghost" size="xs" onClick={() => dialogRef.current?.showModal()} aria-keyshortcuts="?">
        Keyboard shortcuts
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-border bg-card p-5 text-card-foreground backdrop:bg-black/40"
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          {Object.values(SHORTCUTS).map((shortcut) => (
            <div key={shortcut.label} className="contents">
              <dt>
                <kbd className="rounded border border-border bg-muted px-1.5 py-0.5 font-mono text-xs">{shortcut.shown}</kbd>
              </dt>
              <dd>{shortcut.label}</dd>
            </div>
          ))}
        </dl>
        <label className="mt-4 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(event) => {
              setEnabled(event.target.checked)
              storeShortcutsEnabled(event.target.checked)
            }}
          />
          Use single-key shortcuts (? always opens this list)
        </label>
        <form method="dialog" className="mt-4 text-right">
          <Button type="submit" variant="primary">
            Close
          </Button>
        </form>
      </dialog>
    </>
  )
}

function run(action: Exclude<ShortcutAction, 'help'>, media: MediaActions) {
  const actions: Record<typeof action, () => void> = {
    togglePlay: () => media.togglePlay(),
    back10: () => media.seekBy(-10),
    forward10: () => media.seekBy(10),
    back5: () => media.seekBy(-5),
    forward5: () => media.seekBy(5),
    slower: () => media.stepPreferredRate(-1),
    faster: () => media.stepPreferredRate(1),
    previousPoint: () => document.getElementById(PREVIOUS_POINT_ID)?.click(),
    nextPoint: () => document.getElementById(NEXT_POINT_ID)?.click(),
    search: () => document.getElementById(TRANSCRIPT_SEARCH_ID)?.focus(),
  }
  actions[action]()
}

