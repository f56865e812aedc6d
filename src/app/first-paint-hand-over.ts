import type { QueryClient } from '@tanstack/react-query'
import { callQueries } from '@/entities/call/call-queries'
import { isPrivateMode } from '@/lib/privacy/private-mode'
import { callIdInPath } from '@/lib/routes/route-paths'

/** Past this, a call still on its way shows the app's own loading state instead. */
const HAND_OVER_LIMIT_MS = 10_000

/**
 * The server may have drawn the call page's first view into the page (`#first-paint` in the root). React
 * replaces whatever the root holds with its first render, so the app renders once the call is here (or has
 * failed): that render is then the call page itself, never a skeleton over rows already on screen. In
 * screen-share safe mode the view goes at once, as the server drew it unmasked.
 */
export async function handOverFirstPaint(client: QueryClient) {
  const firstPaint = document.getElementById('first-paint')
  if (!firstPaint) return
  const id = callIdInPath(location.pathname)
  if (!id || isPrivateMode()) return firstPaint.remove()
  await Promise.race([client.ensureQueryData(callQueries.detail(id)).catch(() => null), delay(HAND_OVER_LIMIT_MS)])
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
