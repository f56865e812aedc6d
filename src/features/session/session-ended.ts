import { useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { isApiError } from '@/api/api-error'

/** The code this dashboard's server answers `/api` with once the viewer's session has ended. */
const SESSION_ENDED = 'SESSION_ENDED'

/** Whether any request has found the session ended: read from the query cache, so it clears when a read succeeds again. */
export function useSessionEnded() {
  const cache = useQueryClient().getQueryCache()
  return useSyncExternalStore(
    (listener) => cache.subscribe(listener),
    () => cache.getAll().some(({ state }) => isApiError(state.error) && state.error.code === SESSION_ENDED),
  )
}

/**
 * Where "Sign in again" comes back to: this page, with `t` set to where the
 * recording is now, so the review resumes at the same moment.
 */
export function signInAgainHref(location: Pick<Location, 'pathname' | 'search'>, media: HTMLMediaElement | null) {
  const params = new URLSearchParams(location.search)
  if (media && Number.isFinite(media.currentTime) && media.currentTime > 0) params.set('t', String(Math.floor(media.currentTime)))
  const query = params.toString()
  return `/auth/login?returnTo=${encodeURIComponent(`${location.pathname}${query ? `?${query}` : ''}`)}`
}
