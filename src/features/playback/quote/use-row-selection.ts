import { useEffect, useEffectEvent, useState } from 'react'
import type { RowSpan } from './range-rows'

/** The selection's ends as list positions, and whether it came from selected text or from the keyboard. */
type Ends = { anchor: number; focus: number; by: 'text' | 'keys' }
const STEPS: Record<string, number> = { ArrowUp: -1, ArrowDown: 1 }

/**
 * The rows chosen for a quote in a virtualized list: those a text selection (mouse or touch) touches, or those
 * reached with Shift+ArrowUp/ArrowDown from a focused row. Only the ends are held, as list positions, so the rows
 * between them need not be rendered; a text selection whose end scrolls out of the DOM keeps the row it last had.
 * Escape lets it go, as does a click in the list (which collapses a text selection there). `rows` is the list's
 * row order: a new order (another speaker filter) starts afresh.
 */
export function useRowSelection(scroller: HTMLElement | null, rows: readonly number[]) {
  const [held, setHeld] = useState<(Ends & { rows: readonly number[] }) | null>(null)
  const ends = held?.rows === rows ? held : null
  const choose = (next: Ends | null) => setHeld(next && { ...next, rows })
  const clear = () => {
    document.getSelection()?.removeAllRanges()
    choose(null)
  }

  const onSelectionChange = useEffectEvent(() => {
    const selection = document.getSelection()
    if (!scroller || !selection || selection.rangeCount === 0) return
    const range = selection.getRangeAt(0)
    const anchor = rowOf(range.startContainer, scroller)
    const focus = rowOf(range.endContainer, scroller)
    if (anchor === null && focus === null) return
    // Focus moving between rows may collapse the selection too: that ends only a text selection.
    if (selection.isCollapsed) return ends?.by === 'text' ? choose(null) : undefined
    const next = { anchor: anchor ?? ends?.anchor ?? focus!, focus: focus ?? ends?.focus ?? anchor!, by: 'text' as const }
    if (next.anchor !== ends?.anchor || next.focus !== ends.focus || ends.by !== 'text') choose(next)
  })

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!scroller) return
    if (event.key === 'Escape' && ends) return clear()
    const step = STEPS[event.key]
    const row = rowOf(event.target as Node, scroller)
    if (!step || !event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || row === null) return
    event.preventDefault()
    const focus = Math.min(Math.max(row + step, 0), rows.length - 1)
    choose({ anchor: ends?.by === 'keys' && ends.focus === row ? ends.anchor : row, focus, by: 'keys' })
    // The next row is always rendered (the list keeps a few beyond its edges), so focus can move on at once.
    scroller.querySelector<HTMLElement>(`li[data-index="${focus}"] button`)?.focus()
  })

  const onPointerDown = useEffectEvent(() => {
    if (ends?.by === 'keys') choose(null)
  })

  useEffect(() => {
    if (!scroller) return
    const changed = () => onSelectionChange()
    const pressed = (event: KeyboardEvent) => onKeyDown(event)
    const pointed = () => onPointerDown()
    document.addEventListener('selectionchange', changed)
    scroller.addEventListener('keydown', pressed)
    scroller.addEventListener('pointerdown', pointed)
    return () => {
      document.removeEventListener('selectionchange', changed)
      scroller.removeEventListener('keydown', pressed)
      scroller.removeEventListener('pointerdown', pointed)
    }
  }, [scroller])

  const span: RowSpan | null = ends && { first: Math.min(ends.anchor, ends.focus), last: Math.max(ends.anchor, ends.focus) }
  return { span, clear }
}

/** The list position of the row holding `node`, or null outside the list's rows. */
function rowOf(node: Node, scroller: HTMLElement) {
  const element = node instanceof Element ? node : node.parentElement
  const row = element?.closest<HTMLElement>('li[data-index]')
  return row && scroller.contains(row) ? Number(row.dataset.index) : null
}
