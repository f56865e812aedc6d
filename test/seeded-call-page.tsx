// The call page rendered from bodies already in the query cache, and what must hold
// on it whatever the data. Made for property tests that render the page a thousand
// times: parsing runs through the real normalisers, but no request is made.
import { QueryClient, type QueryKey } from '@tanstack/react-query'
// eslint-disable-next-line testing-library/no-manual-cleanup -- a property renders a page per run, while the automatic cleanup runs once per test
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { callQueries } from '@/entities/call/call-queries'
import { normalizeCall, type Call } from '@/entities/call/call-schema'
import { leadQueries, paymentQueries, productQueries, teamQueries } from '@/features/lookups/lookup-queries'
import { normalizeLead, normalizePayment, normalizeProduct, normalizeTeamMember } from '@/features/lookups/lookup-schemas'
import { CALL_ID, LEAKED_VALUE } from './arbitraries'
import { PANEL_NAMES } from './panel-names'
import { renderRouteReady } from './render'

/** What each lookup endpoint answers with; a missing one stays loading. */
type LookupBodies = Partial<Record<'lead' | 'closer' | 'setter' | 'product' | 'payment', unknown>>

const ALL_PANEL_NAMES = [...PANEL_NAMES, 'Talk time'] as const

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const SAFE_SOURCE_PROTOCOLS = new Set(['http:', 'https:', 'blob:'])
const SCRIPT_CAPABLE = new Set(['script', 'iframe', 'object', 'embed'])
const PANEL_FALLBACK = 'This section couldn’t be displayed'

/**
 * Renders `/calls/:id` (with `search`, such as `?t=90`) showing `callBody` as the call
 * and `lookups` as the looked-up records.
 */
export async function renderSeededCallPage(callBody: unknown, lookups: LookupBodies = {}, search = '') {
  const client = createOfflineQueryClient()
  const callKey = callQueries.detail(CALL_ID).queryKey
  await seed(client, callKey, () => normalizeCall(overTheWire(callBody)))
  const call = client.getQueryData<Call>(callKey)
  if (call) {
    const lookupSeeds: [string | null, QueryKey, unknown, (raw: unknown) => unknown][] = [
      [call.leadId, leadQueries.detail(call.leadId).queryKey, lookups.lead, normalizeLead],
      [call.closerId, teamQueries.detail(call.closerId).queryKey, lookups.closer, normalizeTeamMember],
      [call.setterId, teamQueries.detail(call.setterId).queryKey, lookups.setter, normalizeTeamMember],
      [call.productId, productQueries.detail(call.productId).queryKey, lookups.product, normalizeProduct],
      [call.linkedPaymentId, paymentQueries.detail(call.linkedPaymentId).queryKey, lookups.payment, normalizePayment],
    ]
    for (const [id, queryKey, body, normalize] of lookupSeeds) {
      if (id && body !== undefined) await seed(client, queryKey, () => normalize(overTheWire(body)))
    }
  }
  await renderRouteReady(`/calls/${CALL_ID}${search}`, client)
  // The summary's Markdown is parsed apart from the render: what holds on the page must hold once it shows.
  await waitFor(() => expect(summaryBeingParsed()).toBe(false), { interval: 5 })
}

function summaryBeingParsed() {
  const summary = regionsByName(everyElement()).get('AI summary')
  return summary instanceof HTMLElement && within(summary).queryByRole('paragraph', { busy: true }) !== null
}

/** Unmounts the page and forgets its client, between the runs of a property. */
export function unmountPage() {
  cleanup()
}

/** Loads the lazily imported summary renderer once, so later renders show Markdown without waiting. */
export async function loadLazyPanels() {
  await renderSeededCallPage({ id: CALL_ID, ai_summary: '**Summary renderer ready**' })
  // The first import compiles the Markdown renderer, which is slow on a busy machine.
  expect(await screen.findByText('Summary renderer ready')).toBeInTheDocument()
  unmountPage()
}

/**
 * What the page shows, in a word: "whole call" (one `<h1>`, every panel by name,
 * none replaced by its error fallback), "unexpected response", or what is off.
 */
export function describeCallPage() {
  const elements = everyElement()
  const regions = regionsByName(elements)
  const alert = elements.find((element) => element.getAttribute('role') === 'alert')
  if (regions.size === 0 && alert?.textContent.includes('Unexpected response')) return 'unexpected response'
  const problems = [
    ...ALL_PANEL_NAMES.filter((name) => !regions.has(name)).map((name) => `no "${name}" panel`),
    ...[...regions].filter(([, region]) => region.textContent.includes(PANEL_FALLBACK)).map(([name]) => `"${name}" fell back`),
  ]
  const headings = elements.filter((element) => element.localName === 'h1').length
  if (headings !== 1) problems.push(`${headings} h1 headings`)
  return problems.length === 0 ? 'whole call' : problems.join(', ')
}

/** The page's `<h1>`. */
export function getCallHeading() {
  const heading = everyElement().find((element) => element.localName === 'h1')
  if (!heading) throw new Error('The page has no h1.')
  return heading
}

export function getPanel(name: (typeof ALL_PANEL_NAMES)[number]) {
  const panel = regionsByName(everyElement()).get(name)
  if (!panel) throw new Error(`There is no region named "${name}".`)
  return panel
}

/** No raw `NaN`, `undefined`, `Invalid Date` or `[object Object]` in the text, labels, tooltips or machine-readable dates. */
export function expectNoLeakedValues() {
  // Text node by node: the page's whole text runs elements together ("Na" + "Notes" reads "NaNotes").
  expect(everyTextNode().filter((text) => LEAKED_VALUE.test(text))).toEqual([])
  const leaked = everyElement().flatMap((element) =>
    ['aria-label', 'title', 'datetime'].map((name) => element.getAttribute(name) ?? '').filter((value) => LEAKED_VALUE.test(value)),
  )
  expect(leaked).toEqual([])
}

/** No script-capable element; every link http(s)/mailto/tel; every image or media source http(s) or a local blob. */
export function expectOnlySafeLinks() {
  const unsafe = everyElement(document.documentElement).flatMap((element) => {
    const href = element.getAttribute('href')
    const src = element.getAttribute('src')
    return [
      SCRIPT_CAPABLE.has(element.localName) || element.hasAttribute('srcdoc') ? `<${element.localName}>` : '',
      href !== null && !SAFE_LINK_PROTOCOLS.has(protocolOf(href)) ? `href=${href}` : '',
      src !== null && !SAFE_SOURCE_PROTOCOLS.has(protocolOf(src)) ? `src=${src}` : '',
    ].filter(Boolean)
  })
  expect(unsafe).toEqual([])
}

/** Bodies travel as JSON, so the page sees what `JSON.parse` makes of them (numbers past 1e308 become Infinity, and so on). */
function overTheWire(body: unknown): unknown {
  const json = JSON.stringify(body)
  return json === undefined ? undefined : JSON.parse(json)
}

/** A client that never fetches: only what is seeded exists, and nothing is left in flight between runs. */
function createOfflineQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, enabled: false } } })
}

async function seed(client: QueryClient, queryKey: QueryKey, read: () => unknown) {
  await client.prefetchQuery({ queryKey, queryFn: () => read() })
}

/**
 * The regions by name. A `<section>` is a region when it has a name, and every panel
 * takes its name from its heading through `aria-labelledby`, so the name is that
 * heading's text. Reading it directly skips the computed-style walk of a full
 * accessible-name computation, which would make a thousand renders crawl in jsdom.
 */
function regionsByName(elements: Element[]) {
  const sections = elements.filter((element) => element.localName === 'section' || element.getAttribute('role') === 'region')
  const named = sections.map((section) => [labelOf(section), section] as const)
  return new Map(named.filter(([name]) => name !== ''))
}

function labelOf(section: Element) {
  const labelId = section.getAttribute('aria-labelledby')
  return (labelId && document.getElementById(labelId)?.textContent) || ''
}

/** Every element under `root`, whatever its role; a TreeWalker, as jsdom's selector engine and live collections are slow. */
function everyElement(root: Node = document.body) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT)
  const elements: Element[] = []
  while (walker.nextNode()) elements.push(walker.currentNode as Element)
  return elements
}

function everyTextNode() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const texts: string[] = []
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '')
  return texts
}

function protocolOf(url: string) {
  try {
    return new URL(url, document.baseURI).protocol
  } catch {
    return 'unparseable:'
  }
}
