import { PRIVATE_PARAM, isPrivateMode } from '@/lib/privacy/private-mode'
import { callPath } from '@/lib/routes/route-paths'

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/** The Web Share sheet where the browser has one, the clipboard otherwise. */
export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title })
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    await navigator.clipboard.writeText(url)
    return 'copied'
  } catch {
    return 'failed'
  }
}

/** The call's address, optionally at a moment of the recording (`?t=` whole seconds); in screen-share safe mode, in it too. */
export function callLink(callId: string, seconds?: number) {
  const url = new URL(callPath(callId), window.location.origin)
  if (seconds !== undefined && Number.isFinite(seconds)) url.searchParams.set('t', String(Math.max(0, Math.floor(seconds))))
  if (isPrivateMode()) url.searchParams.set(PRIVATE_PARAM, '1')
  return url.href
}
