import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SERVER_MODE_PATH } from '../../src/api/server-mode-path'
import { LOCAL_DAYS_SCRIPT } from '../../src/features/call-page/first-paint/local-days-script'
import { DEMO_CALL_IDS, DEMO_LEAD_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { onPath, startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { createFixtureDist, FIXTURE_INLINE_SCRIPT, FIXTURE_STYLES } from './fixture-dist'
import { sendRaw } from './raw-http'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_firstpaint_0123456789SECRET'
const HOSTILE_ID = '7d1f0b9e-3c2a-4e8f-9b6d-5a4c3b2a1f0e'
const HOSTILE = '<img src=x onerror="alert(1)"></li><script>alert(2)</script>'

let dist: string
let demo: RunningServer
let live: RunningServer
let upstream: FakeUpstream

beforeAll(async () => {
  dist = await createFixtureDist()
  upstream = await startFakeUpstream(KEY)
  ;[demo, live] = await Promise.all([
    startServer({ args: ['--outDir', dist] }),
    startServer({ args: ['--outDir', dist], env: { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, CACHE_TTL_SECONDS: '0' } }),
  ])
})

afterEach(() => upstream.reset())

afterAll(async () => {
  await Promise.all([demo?.stop(), live?.stop()])
  await upstream?.close()
  await rm(dist, { recursive: true, force: true })
})

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

function answerCall(id: string, call: Record<string, unknown>, delayMs = 0) {
  upstream.use(
    onPath(`/v1/calls/${id}`, async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, data: { id, ...call } }))
    }),
  )
}

function answerLead(id: string, lead: Record<string, unknown>, delayMs = 0) {
  upstream.use(
    onPath(`/v1/leads/${id}`, async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, data: { id, ...lead } }))
    }),
  )
}

function answerLeadCalls(calls: Record<string, unknown>[], { delayMs = 0, hasMore = false } = {}) {
  upstream.use(
    onPath('/v1/calls', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      const pagination = { has_more: hasMore, next_cursor: hasMore ? 'page-2' : null }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, data: calls, pagination }))
    }),
  )
}

describe('a call page drawn with its first view', () => {
  it('carries the call’s title, status and first transcript rows in the root, with the stylesheet written in', async () => {
    const response = await fetch(`${demo.url}/calls/${DEMO_CALL_IDS.closed}`)
    const page = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page).toMatch(/<div id="root">(<link [^>]*>)*<div id="first-paint" data-days-locale="en-US">.*<h1[^>]*>Call with Marcus Bellamy<\/h1>/s)
    expect(page).toContain('>Closed<')
    expect(page).toContain('<h2 id=')
    expect(page).toContain('>Transcript</h2>')
    expect(page).toContain('Good morning, Marcus! Can you hear me okay?')
    expect(page).toContain('>Maya Okafor</p>')
    expect(page).toContain(`<style>${FIXTURE_STYLES}</style>`)
    expect(page).not.toContain('rel="stylesheet"')
    // A view drawn from the demo call says it is demo data, as the app's top bar does.
    expect(page).toContain('Demo data')
  })

  it('is never kept by a cache, and lets exactly its own inline script and style run', async () => {
    const response = await fetch(`${demo.url}/calls/${DEMO_CALL_IDS.closed}`)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain(`script-src 'self' ${sha256(FIXTURE_INLINE_SCRIPT)} ${sha256(LOCAL_DAYS_SCRIPT)};`)
    expect(policy).toContain(`style-src 'self' ${sha256(FIXTURE_STYLES)};`)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('is gzipped for a browser that takes it, and plain for one that does not', async () => {
    const path = `GET /calls/${DEMO_CALL_IDS.closed} HTTP/1.1`
    const zipped = await sendRaw(demo.url, path, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(zipped.headers).toContain('content-encoding: gzip')
    expect(zipped.headers).toContain('vary: accept-encoding')
    const anyCoding = await sendRaw(demo.url, path, { 'Accept-Encoding': 'br;q=1, *;q=0.5' })
    expect(anyCoding.headers).toContain('content-encoding: gzip')
    const shouted = await sendRaw(demo.url, path, { 'Accept-Encoding': 'GZIP' })
    expect(shouted.headers).toContain('content-encoding: gzip')
    for (const refusal of ['gzip;q=0, identity', 'gzip; q=0.000', 'br, deflate']) {
      const plain = await sendRaw(demo.url, path, { 'Accept-Encoding': refusal })
      expect(plain.headers).not.toContain('content-encoding')
      expect(plain.body).toContain('Good morning, Marcus!')
    }
    const unzipped = await fetch(`${demo.url}/calls/${DEMO_CALL_IDS.closed}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(await unzipped.text()).toContain('Good morning, Marcus!')
  })

  it('starts the requests for the lead’s name and other calls and for what the server says of itself with the page, as the app will make them', async () => {
    const page = await (await fetch(`${demo.url}/calls/${DEMO_CALL_IDS.closed}`)).text()
    const lead = DEMO_LEAD_IDS.marcusBellamy
    expect(page).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1/calls?lead_id=${lead}&amp;limit=100">`)
    expect(page).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/v1/leads/${lead}">`)
    expect(page).toContain(`<link rel="preload" as="fetch" crossorigin href="${SERVER_MODE_PATH}">`)
  })

  it('writes every string from the call as text, never as markup', async () => {
    answerCall(HOSTILE_ID, {
      lead_id: '"><script>alert(3)</script>',
      status: HOSTILE,
      transcript_data: { duration_seconds: 60, segments: [{ start_seconds: 0, end_seconds: 5, speaker: HOSTILE, text: HOSTILE }] },
    })
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<script>alert')
    expect(page).toContain('href="/api/v1/leads/%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E"')
    expect(page).toContain('>Call 7d1f0b9e</h1>')
    // A live call's view has no demo notice.
    expect(page).not.toContain('Demo data')
  })

  it('names the lead as text, and goes out without the name when the lead takes too long', async () => {
    answerCall(HOSTILE_ID, { lead_id: 'lead-1', status: 'closed' })
    answerLead('lead-1', { full_name: HOSTILE })
    const named = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(named).toContain('>Call with &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;</h1>')

    upstream.reset()
    answerCall(HOSTILE_ID, { lead_id: 'lead-1', status: 'closed' })
    answerLead('lead-1', { full_name: 'Marcus Bellamy' }, 1_500)
    const started = Date.now()
    const unnamed = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(Date.now() - started).toBeLessThan(1_400)
    expect(unnamed).toContain('>Call 7d1f0b9e</h1>')
    expect(unnamed).toContain('>Closed<')
  })

  it('keeps the rest of the view, unnamed, when the lead is not a lead', async () => {
    answerCall(HOSTILE_ID, { lead_id: 'lead-3', status: 'closed' })
    upstream.use(onPath('/v1/leads/lead-3', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true,"data":"Marcus Bellamy"}')))
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(page).toContain('>Call 7d1f0b9e</h1>')
    expect(page).toContain('>Closed<')
  })
})

describe('the lead’s strip in the first view', () => {
  const thisCall = { id: HOSTILE_ID, lead_id: 'lead-1', status: 'closed', scheduled_at: '2026-11-17T15:00:00Z' }
  const earlier = { id: 'call-0', lead_id: 'lead-1', status: HOSTILE, scheduled_at: '2026-11-04T15:00:00Z' }
  const next = { id: 'call-2', lead_id: 'lead-1', status: 'scheduled', scheduled_at: '2099-12-07T15:00:00Z' }

  it('says where the call sits among the lead’s calls, its days left for the page’s script to write', async () => {
    answerCall(HOSTILE_ID, thisCall)
    answerLeadCalls([earlier, thisCall, next])
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(page).toContain(
      '2nd call with this lead; the first was marked “&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;”; the next is on <time dateTime="2099-12-07T15:00:00.000Z">Dec 7, 2099</time>.',
    )
    expect(page).toContain(`<script>${LOCAL_DAYS_SCRIPT}</script></div>`)
    expect(page).toContain('<div id="first-paint" data-days-locale="en-US">')
    expect(page).toContain('Loading the lead’s other calls…')
  })

  it('writes the days in the language the browser asks for first, and in US English for one it cannot', async () => {
    answerCall(HOSTILE_ID, thisCall)
    answerLeadCalls([earlier, thisCall, next])
    const answer = await fetch(`${live.url}/calls/${HOSTILE_ID}`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } })
    expect(answer.headers.get('vary')).toBe('accept-encoding, accept-language')
    const german = await answer.text()
    expect(german).toContain('<div id="first-paint" data-days-locale="de-DE">')
    expect(german).toContain('the next is on <time dateTime="2099-12-07T15:00:00.000Z">07.12.2099</time>.')

    const hostile = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`, { headers: { 'accept-language': '"><b>x</b>' } })).text()
    expect(hostile).toContain('<div id="first-paint" data-days-locale="en-US">')
    expect(hostile).toContain('>Dec 7, 2099</time>.')
  })

  it('holds the strip’s room without a sentence when the lead’s calls are slow, or fill more than one page', async () => {
    answerCall(HOSTILE_ID, thisCall)
    answerLeadCalls([earlier, thisCall, next], { delayMs: 1_500 })
    const slow = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(slow).toContain('>Closed<')
    expect(slow).not.toContain('call with this lead')
    expect(slow).toContain('Loading the lead’s other calls…')

    // Another lead: the slow read goes on, and a read of the same list would join it.
    upstream.reset()
    answerCall(HOSTILE_ID, { ...thisCall, lead_id: 'lead-2' })
    answerLeadCalls([earlier, thisCall].map((call) => ({ ...call, lead_id: 'lead-2' })), { hasMore: true })
    const paged = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(paged).toContain('>Closed<')
    expect(paged).not.toContain('call with this lead')
  })

  it('keeps the rest of the view when the lead’s calls are not a list', async () => {
    answerCall(HOSTILE_ID, thisCall)
    upstream.use(onPath('/v1/calls', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true,"data":{"calls":"nope"}}')))
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(page).toContain('>Closed<')
    expect(page).toContain('Loading the lead’s other calls…')
  })
})

describe('a call page without its first view', () => {
  it.each([
    ['a screen-share safe link, whose view would show what the mode hides', `/calls/${DEMO_CALL_IDS.closed}?t=5&private=1`],
    ['a call the API does not know', `/calls/${DEMO_CALL_IDS.missing}`],
  ])('is the plain page for %s', async (_name, path) => {
    const page = await (await fetch(`${demo.url}${path}`)).text()
    expect(page).toContain('<div id="root"></div>')
    expect(page).not.toContain('first-paint')
  })

  it('goes out without it when the call takes too long, and the read goes on for the page’s own request', async () => {
    answerCall(HOSTILE_ID, { status: 'closed' }, 1_500)
    const started = Date.now()
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(Date.now() - started).toBeLessThan(1_400)
    expect(page).toContain('<div id="root"></div>')
    const call = await fetch(`${live.url}/api/v1/calls/${HOSTILE_ID}`)
    expect(call.status).toBe(200)
    expect(call.headers.get('x-cache')).toBe('coalesced')
    expect(upstream.seen.filter(({ url }) => url === `/v1/calls/${HOSTILE_ID}`)).toHaveLength(1)
  })

  it('goes out without it when the API fails, and answers HEAD with no body', async () => {
    upstream.use(onPath(`/v1/calls/${HOSTILE_ID}`, (_req, res) => res.writeHead(500).end('{"success":false}')))
    const page = await (await fetch(`${live.url}/calls/${HOSTILE_ID}`)).text()
    expect(page).toContain('<div id="root"></div>')
    const head = await fetch(`${demo.url}/calls/${DEMO_CALL_IDS.closed}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})
