import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { cn } from '@/lib/styles/cn'

export type MenuItem = {
  key: string
  label: string
  /** Why the item can't be chosen now; it stays in the menu, announced as unavailable. */
  disabled?: boolean
  onSelect: () => void
}

type MenuButtonProps = {
  label: string
  items: MenuItem[]
  className?: string
  /** A word on what every item does, such as "personal data hidden": said in the button's name and shown atop the menu. */
  note?: string
}

/**
 * A button that opens a menu, as the WAI-ARIA menu button pattern describes: Enter, Space
 * or the arrow keys open it, arrows, Home and End move between items, Escape or a click
 * outside closes it, and focus returns to the button.
 */
export function MenuButton({ label, items, className, note }: MenuButtonProps) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const itemRefs = useRef<(HTMLLIElement | null)[]>([])
  const menuId = useId()
  const noteId = useId()

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus()
  }, [open, active])

  useEffect(() => {
    if (!open) return
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOnOutsidePointer)
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer)
  }, [open])

  function openAt(index: number) {
    setActive(index)
    setOpen(true)
  }

  function close() {
    setOpen(false)
    buttonRef.current?.focus()
  }

  function choose(item: MenuItem) {
    if (item.disabled) return
    close()
    item.onSelect()
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') openAt(0)
    else if (event.key === 'ArrowUp') openAt(items.length - 1)
    else return
    event.preventDefault()
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const last = items.length - 1
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last }
    if (event.key in moves) setActive(moves[event.key]!)
    else if (event.key === 'Escape') close()
    // Back on the button first, so the browser's own Tab moves on from there rather than from a removed item.
    else if (event.key === 'Tab') close()
    else if (event.key === 'Enter' || event.key === ' ') choose(items[active]!)
    else return
    if (event.key !== 'Tab') event.preventDefault()
  }

  return (
    <div className="relative print:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
        aria-label={note && `${label} (${note})`}
        className={cn('rounded-md px-2 py-0.5 text-xs font-medium hover:bg-muted', className)}
      >
        {label}
      </button>
      {open && (
        <div ref={menuRef} className="absolute right-0 z-10 mt-1 w-56 rounded-lg border border-border bg-card p-1 shadow-lg">
          {note && (
            <p id={noteId} className="px-2 py-1 text-xs font-medium text-muted-foreground first-letter:uppercase">
              {note}
            </p>
          )}
          <ul id={menuId} role="menu" aria-label={label} aria-describedby={note && noteId}>
            {items.map((item, index) => (
              <li
                key={item.key}
                ref={(element) => {
                  itemRefs.current[index] = element
                }}
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                aria-disabled={item.disabled || undefined}
                onClick={() => choose(item)}
                onKeyDown={onMenuKeyDown}
                onPointerMove={() => setActive(index)}
                className="w-full cursor-pointer rounded px-2 py-1.5 text-left text-sm outline-offset-[-2px] hover:bg-muted focus:bg-muted aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
              >
                {item.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
