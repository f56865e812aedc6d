import { useCallback, useEffect, useState, type RefObject } from 'react'

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

/**
 * Whether the list follows playback: it does until the user scrolls the list by hand (wheel, touch, scroll keys or
 * the scrollbar); then following pauses until resumed.
 */
export function useFollowPlayback(scrollRef: RefObject<HTMLElement | null>) {
  const [following, setFollowing] = useState(true)

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const stop = () => setFollowing(false)
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && !(event.target instanceof HTMLButtonElement && event.key === ' ')) stop()
    }
    const onPointer = (event: PointerEvent) => {
      if (event.target === element) stop()
    }
    element.addEventListener('wheel', stop, { passive: true })
    element.addEventListener('touchmove', stop, { passive: true })
    element.addEventListener('keydown', onKey)
    element.addEventListener('pointerdown', onPointer)
    return () => {
      element.removeEventListener('wheel', stop)
      element.removeEventListener('touchmove', stop)
      element.removeEventListener('keydown', onKey)
      element.removeEventListener('pointerdown', onPointer)
    }
  }, [scrollRef])

  const resume = useCallback(() => setFollowing(true), [])
  const pause = useCallback(() => setFollowing(false), [])
  return { following, resume, pause }
}
