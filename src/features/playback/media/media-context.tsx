import { createContext, use, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react'
import { createMediaStore, playableDuration, type MediaSnapshot, type MediaStore } from './media-store'

const MediaContext = createContext<MediaStore | null>(null)

export function MediaProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createMediaStore)
  return <MediaContext value={store}>{children}</MediaContext>
}

function useMediaStore() {
  const store = use(MediaContext)
  if (!store) throw new Error('useMediaStore needs a <MediaProvider> above it')
  return store
}

/** A ref callback that attaches the media element to the store. */
export function useMediaRef() {
  const store = useMediaStore()
  return useCallback((element: HTMLMediaElement | null) => (element ? store.attach(element) : undefined), [store])
}

/** Subscribes to one derived value; return primitives so unrelated changes don't re-render. */
export function useMediaSelector<T>(select: (snapshot: MediaSnapshot) => T): T {
  const store = useMediaStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()))
}

/** The recording's length, or the transcript's until the recording's metadata has loaded. */
export function useMediaDuration(transcriptSeconds: number) {
  return useMediaSelector((snapshot) => playableDuration(snapshot, transcriptSeconds))
}

/** What the player can be asked to do; stable, so handlers can depend on it. */
export function useMediaActions() {
  return useMediaStore().actions
}
