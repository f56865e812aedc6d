import { setTimeout as sleep } from 'node:timers/promises'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ApiPage } from '../../api/client.ts'
import { normalizeCall, type Call } from '../../entities/call/call-schema.ts'
import { CallFirstPaint } from '../../features/call-page/first-paint/call-first-paint.tsx'
import { callListPath, readCallListPage } from '../../entities/call/call-queries.ts'
import { LOCAL_DAYS_SCRIPT } from '../../features/call-page/first-paint/local-days-script.ts'
import { journeyPreview } from '../../features/lead-journey/journey-summary.ts'
import { leadCallsFilters, leadCallsFromPages } from '../../features/lead-journey/lead-calls-query.ts'
import { lookupPath } from '../../features/lookups/lookup-queries.ts'
import { SERVER_MODE_PATH } from '../../api/server-mode-path.ts'
import { normalizeLead } from '../../features/lookups/lookup-schemas.ts'
import { isRecord } from '../../lib/schema/tolerant-schema.ts'
import type { ApiBackend } from '../api/api-backend.ts'

/** How long the page waits for its call before it goes out without the first view; the read goes on for the page's own request. */
export const FIRST_PAINT_WAIT_MS = 800

/**
 * The call page's first view, drawn from the call for the page being sent: its title, status, the sentence on the
 * lead's calls and the first transcript rows, in the element the app replaces once it starts (`#first-paint` inside
 * `#root`). The lead's parts show when they too arrive in time. Empty when the call does not arrive in time, is not
 * a call, or the API refuses it: the page then loads as it would without it. React writes every string from the
 * API as escaped text.
 */
export async function drawCallFirstPaint(backend: ApiBackend, id: string, daysLocale: string, signal: AbortSignal): Promise<string> {
  const deadline = sleep(FIRST_PAINT_WAIT_MS, null, { ref: false })
  const read = (target: string) => readPage(backend, target, signal, deadline)
  const callPage = await read(`/v1/calls/${id}`)
  if (callPage === null) return ''
  try {
    const call = normalizeCall(callPage.data)
    const { leadId } = call
    const [lead, leadCalls] = leadId
      ? await Promise.all([read(lookupPath('leads', leadId)), read(callListPath(leadCallsFilters(leadId), null))])
      : [null, null]
    const view = createElement(CallFirstPaint, {
      call,
      leadName: lead && readOrNull(() => normalizeLead(lead.data).full_name),
      journey: leadId && leadCalls ? readOrNull(() => journeyFromFirstPage(call, leadId, leadCalls)) : null,
      daysLocale,
      isDemo: backend.mode === 'demo',
    })
    return `${firstViewPreloads(leadId)}<div id="first-paint" data-days-locale="${escapeAttribute(daysLocale)}">${renderToStaticMarkup(view)}<script>${LOCAL_DAYS_SCRIPT}</script></div>`
  } catch {
    return ''
  }
}

/** The strip's sentence when the lead's first page of calls is all of them (with more, the app reads on), or null. */
function journeyFromFirstPage(call: Call, leadId: string, page: ApiPage) {
  const firstPage = readCallListPage(page, null)
  return firstPage.nextCursor === null ? journeyPreview(leadCallsFromPages(leadId, [firstPage]), call, new Date()) : null
}

/** A lead's part of the view, or null when its answer is not the shape it should be: the call's part still goes out. */
function readOrNull<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}

/** The `data` and `pagination` of a successful answer that arrives before the deadline, or null. A late read goes on for the app's own request. */
async function readPage(backend: ApiBackend, target: string, signal: AbortSignal, deadline: Promise<null>): Promise<ApiPage | null> {
  const read = backend.get({ target }, signal).then(({ outcome }) => outcome, () => null)
  const outcome = await Promise.race([read, deadline])
  if (!outcome || outcome.kind !== 'answer' || outcome.answer.status !== 200) return null
  try {
    const envelope: unknown = JSON.parse(outcome.answer.body.toString('utf8'))
    return isRecord(envelope) && envelope.success === true && 'data' in envelope ? { data: envelope.data, pagination: envelope.pagination ?? null } : null
  } catch {
    return null
  }
}

/**
 * What the app waits for before it takes the view over, asked for as the page arrives rather than once the app has
 * the call: the lead's name and other calls, whose strip is the largest thing a phone shows first, and what the
 * server says of itself (the bar's demo notice). The app's own requests take these answers.
 */
function firstViewPreloads(leadId: string | null) {
  const leadPaths = leadId ? [callListPath(leadCallsFilters(leadId), null), lookupPath('leads', leadId)].map((path) => `/api${path}`) : []
  return [...leadPaths, SERVER_MODE_PATH].map((path) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(path)}">`).join('')
}

function escapeAttribute(text: string) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
}
