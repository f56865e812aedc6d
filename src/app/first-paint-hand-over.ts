import type { QueryClient } from '@tanstack/react-query'
import { callQueries } from '@/entities/call/call-queries'
import { leadCallQueries } from '@/features/lead-journey/lead-calls-query'
import { leadQueries } from '@/features/lookups/lookup-queries'
import { pageContextQuery } from '@/features/session/server-mode'
import { rememberFirstViewRowHeights } from '@/features/playback/transcript/first-view-row-heights'
import { loadDateData } from '@/lib/dates/load-date-data'
import { isPrivateMode } from '@/lib/privacy/private-mode'
import { callIdInPath } from '@/lib/routes/route-paths'

/** Past this, a call still on its way shows the app's own loading state instead. */
const HAND_OVER_LIMIT_MS = 10_000
/**
 * The lead, its calls and what the server says of itself were asked for as the page arrived; past this after the
 * call, the page goes on without them.
 */
const AFTER_CALL_LIMIT_MS = 1_000

/**
 * The server may have drawn the call page's first view into the page (`#first-paint` in the root). React
 * replaces whatever the root holds with its first render, so the app renders once the call is here (or has
 * failed): that render is then the call page itself, never a skeleton over rows already on screen. It waits a
 * moment for the lead and its calls too, whose name and sentence the server's view may already show, and for what
 * the server says of itself, whose demo notice the view shows (else the app's bar would drop the notice and show it
 * again a moment later). In screen-share safe mode the view goes at once, as the server drew it unmasked. Resolves
 * to whether it handed a call's view over.
 */
export async function handOverFirstPaint(client: QueryClient): Promise<boolean> {
  const firstPaint = document.getElementById('first-paint')
  if (!firstPaint) return false
  const id = callIdInPath(location.pathname)
  if (!id || isPrivateMode()) {
    firstPaint.remove()
    return false
  }
  // The view's days rarely need the browser's date formatting, so the app's first render would load its date data:
  // tens of milliseconds inside a render that cannot be split. It loads while the call is on its way instead.
  const dateData = loadDateData()
  const pageContext = client.ensureQueryData(pageContextQuery).catch(() => null)
  const call = await Promise.race([client.ensureQueryData(callQueries.detail(id)).catch(() => null), delay(HAND_OVER_LIMIT_MS)])
  const leadParts = call?.leadId
    ? [client.ensureQueryData(leadQueries.detail(call.leadId)), client.ensureQueryData(leadCallQueries.all(call.leadId))]
    : []
  await Promise.race([Promise.allSettled([pageContext, ...leadParts]), delay(AFTER_CALL_LIMIT_MS)])
  await dateData
  rememberRowHeights(firstPaint, id)
  return true
}

/** Read once the view has been laid out and just before the app replaces it, so the read costs no layout. */
function rememberRowHeights(firstPaint: HTMLElement, callId: string) {
  const rows = firstPaint.querySelectorAll('ol[aria-label="Transcript segments"] > li')
  rememberFirstViewRowHeights(callId, Array.from(rows, (row) => row.getBoundingClientRect().height))
}

function delay(ms: number) {
  return new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))
}
