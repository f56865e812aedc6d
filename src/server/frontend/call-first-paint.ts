import { setTimeout as sleep } from 'node:timers/promises'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { normalizeCall } from '../../entities/call/call-schema.ts'
import { CallFirstPaint } from '../../features/call-page/first-paint/call-first-paint.tsx'
import { callListPath } from '../../entities/call/call-queries.ts'
import { leadCallsFilters } from '../../features/lead-journey/lead-calls-query.ts'
import { lookupPath } from '../../features/lookups/lookup-queries.ts'
import { normalizeLead } from '../../features/lookups/lookup-schemas.ts'
import { isRecord } from '../../lib/schema/tolerant-schema.ts'
import type { ApiBackend } from '../api/api-backend.ts'

/** How long the page waits for its call before it goes out without the first view; the read goes on for the page's own request. */
export const FIRST_PAINT_WAIT_MS = 800

/**
 * The call page's first view, drawn from the call for the page being sent: its title (with the lead's name when
 * that arrives in time too), status and first transcript rows, in the element the app replaces once it starts
 * (`#first-paint` inside `#root`). Empty when the call does not arrive in time, is not a call, or the API refuses
 * it: the page then loads as it would without it. React writes every string from the API as escaped text.
 */
export async function drawCallFirstPaint(backend: ApiBackend, id: string, signal: AbortSignal): Promise<string> {
  const deadline = sleep(FIRST_PAINT_WAIT_MS, null, { ref: false })
  const callData = await readData(backend, `/v1/calls/${id}`, signal, deadline)
  if (callData === null) return ''
  try {
    const call = normalizeCall(callData)
    const leadData = call.leadId ? await readData(backend, lookupPath('leads', call.leadId), signal, deadline) : null
    const leadName = leadData === null ? null : normalizeLead(leadData).full_name
    const view = createElement(CallFirstPaint, { call, leadName, isDemo: backend.mode === 'demo' })
    return `${leadPreloads(call.leadId)}<div id="first-paint">${renderToStaticMarkup(view)}</div>`
  } catch {
    return ''
  }
}

/** The `data` of a successful answer that arrives before the deadline, or null. A late read goes on for the app's own request. */
async function readData(backend: ApiBackend, target: string, signal: AbortSignal, deadline: Promise<null>) {
  const read = backend.get({ target }, signal).then(({ outcome }) => outcome, () => null)
  const outcome = await Promise.race([read, deadline])
  if (!outcome || outcome.kind !== 'answer' || outcome.answer.status !== 200) return null
  try {
    const envelope: unknown = JSON.parse(outcome.answer.body.toString('utf8'))
    return isRecord(envelope) && envelope.success === true ? envelope.data : null
  } catch {
    return null
  }
}

/**
 * The lead's name and other calls, asked for as the page arrives rather than once the app has the call: the
 * strip they fill is the largest thing a phone shows first. The app's own requests take these answers.
 */
function leadPreloads(leadId: string | null) {
  if (!leadId) return ''
  return [callListPath(leadCallsFilters(leadId), null), lookupPath('leads', leadId)]
    .map((path) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(`/api${path}`)}">`)
    .join('')
}

function escapeAttribute(text: string) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
}
