import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

// In two columns the side panels share the first screen and the others sit just under the transcript: all mount at once.
const TWO_COLUMNS = '(min-width: 64rem)'
// Half a screen ahead, so a panel is there by the time a reader scrolling at a reading pace reaches it.
const AHEAD = '50% 0px'

function mountsAtOnce() {
  return typeof IntersectionObserver === 'undefined' || window.matchMedia?.(TWO_COLUMNS).matches === true
}

/**
 * Keys after which a reader expects the whole page: Tab must reach every panel's controls, and the browser's find
 * must see every panel's text.
 */
function wantsWholePage(event: KeyboardEvent) {
  const find = (event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'F')
  return event.key === 'Tab' || event.key === 'F3' || find
}

/**
 * Mounts `children` once their room nears the screen, `placeholder` holding it until then. In one column every panel
 * under the transcript starts screens below it, and mounting them all with the page was most of its start-up work
 * on a phone. The first Tab, find or print mounts them all before the browser acts on it.
 */
export function MountNearTheScreen({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const [near, setNear] = useState(mountsAtOnce)
  const room = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = room.current
    if (near || !element) return
    const mountNow = () => flushSync(() => setNear(true))
    const onKeyDown = (event: KeyboardEvent) => {
      if (wantsWholePage(event)) mountNow()
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true)
    }, { rootMargin: AHEAD })
    observer.observe(element)
    window.addEventListener('keydown', onKeyDown, { capture: true })
    window.addEventListener('beforeprint', mountNow)
    return () => {
      observer.disconnect()
      window.removeEventListener('keydown', onKeyDown, { capture: true })
      window.removeEventListener('beforeprint', mountNow)
    }
  }, [near])
  return near ? children : <div ref={room}>{placeholder}</div>
}
