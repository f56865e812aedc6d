import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useStartedFrameByFrame } from '@/lib/scheduling/in-turn'

// In two columns the side panels share the first screen and the others sit just under the transcript: all mount
// with the page, one to a frame, as all of them at once were one frame of 50–80 ms on a desktop computer. They wait
// unseen and come in the page's order, each below those already there, so none moves the ones on screen.
const TWO_COLUMNS = '(min-width: 64rem)'
// Half a screen ahead, so a panel is there by the time a reader scrolling at a reading pace reaches it.
const AHEAD = '50% 0px'

const canWatchTheScreen = () => typeof IntersectionObserver !== 'undefined'
const inTwoColumns = () => canWatchTheScreen() && window.matchMedia?.(TWO_COLUMNS).matches === true

/**
 * Keys after which a reader expects the whole page: Tab must reach every panel's controls, and the browser's find
 * must see every panel's text.
 */
function wantsWholePage(event: KeyboardEvent) {
  const find = (event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'F')
  return event.key === 'Tab' || event.key === 'F3' || find
}

function watchNearing(room: HTMLElement | null, onNear: () => void) {
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) onNear()
  }, { rootMargin: AHEAD })
  if (room) observer.observe(room)
  return observer
}

/**
 * Mounts `children` once their room nears the screen, `placeholder` holding it until then. In one column every panel
 * under the transcript starts screens below it, and mounting them all with the page was most of its start-up work
 * on a phone. In two columns they mount in turn, one to a frame, with no placeholder. The first Tab, find or print
 * mounts them all before the browser acts on it.
 */
export function MountNearTheScreen({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const [twoColumns] = useState(inTwoColumns)
  const [near, setNear] = useState(() => !canWatchTheScreen())
  const turnCame = useStartedFrameByFrame(twoColumns)
  const shown = near || (twoColumns && turnCame)
  const room = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (shown) return
    const mountNow = () => flushSync(() => setNear(true))
    const onKeyDown = (event: KeyboardEvent) => {
      if (wantsWholePage(event)) mountNow()
    }
    // In two columns there is no room to watch: the panel's turn comes anyway.
    const observer = twoColumns ? null : watchNearing(room.current, () => setNear(true))
    window.addEventListener('keydown', onKeyDown, { capture: true })
    window.addEventListener('beforeprint', mountNow)
    return () => {
      observer?.disconnect()
      window.removeEventListener('keydown', onKeyDown, { capture: true })
      window.removeEventListener('beforeprint', mountNow)
    }
  }, [shown, twoColumns])
  if (shown) return children
  return twoColumns ? null : <div ref={room}>{placeholder}</div>
}
