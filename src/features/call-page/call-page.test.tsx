import { screen, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { PANEL_NAMES } from '../../../test/panel-names'
import { closedCallFacts, demoCallIds } from '../../../test/demo-facts'
import { referenceCallResponse } from '../../../test/fixtures/reference-call'
import { server } from '../../../test/msw-server'
import { createAppQueryClient, renderRoute } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { demoCalls } from '@/mock-api/demo-data/demo-store'

const ID = '550e8400-e29b-41d4-a716-446655440000'

function serveCall(body: unknown, init?: ResponseInit) {
  server.use(http.get(`/api/v1/calls/${ID}`, () => HttpResponse.json(body as Record<string, unknown>, init)))
}

function errorEnvelope(status: number, code: string, error: string, headers?: Record<string, string>) {
  serveCall({ success: false, error, code, requestId: `req_${status}abc` }, { status, headers })
}

const shapes = [
  { name: 'reference', call: referenceCallResponse.data },
  { name: 'older', call: { id: ID, outcome: 'won', organization_id: ID, closer_id: ID } },
  { name: 'nulls', call: { id: ID, transcript_data: null, form_data: null, action_items: [null], setter_id: ID } },
  { name: 'id-only', call: { id: ID } },
  ...demoCallIds.map((id, index) => ({ name: `demo ${id}`, call: { ...demoCalls[index], id: ID } })),
]

describe('call page', () => {
  it.each(shapes)('renders all ten panels for the $name shape', async ({ call }) => {
    serveCall({ success: true, data: call })
    renderRoute(`/calls/${ID}`)
    for (const name of PANEL_NAMES) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument()
    }
  })

  it('shows the complete demo call with its looked-up lead', async () => {
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    expect(await screen.findByRole('heading', { level: 1, name: `Call with ${closedCallFacts.leadName}` })).toBeInTheDocument()
    const outcome = await screen.findByRole('region', { name: 'Outcome' })
    expect(within(outcome).getByText(closedCallFacts.dealValue)).toBeInTheDocument()
    expect(within(outcome).getByText('Closed')).toBeInTheDocument()
  })

  it('shows skeletons in a busy container while loading', async () => {
    server.use(http.get(`/api/v1/calls/${ID}`, async () => {
      await delay('infinite')
      return HttpResponse.json({})
    }))
    renderRoute(`/calls/${ID}`)
    expect(await screen.findByLabelText('Loading call')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('heading', { level: 1, name: 'Loading call…' })).toBeInTheDocument()
  })

  it('refuses an id that is not a UUID without calling the API', async () => {
    let called = false
    server.use(http.all('/api/*', () => {
      called = true
      return HttpResponse.json({})
    }))
    renderRoute('/calls/not-a-uuid')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/isn’t a valid call ID/)
    expect(within(alert).getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/')
    expect(called).toBe(false)
  })

  it('says "not found" with the verbatim request id and a copy button', async () => {
    renderRoute(`/calls/${DEMO_CALL_IDS.missing}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/not found/i)
    expect(alert).toHaveTextContent(/req_demo\w{6}/)
    expect(within(alert).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
    expect(within(alert).getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/')
  })

  it('names the server’s request id and the Aura API’s, and copies both', async () => {
    errorEnvelope(404, 'NOT_FOUND', 'Call not found', { 'X-Request-Id': 'srv-7f3c' })
    renderRoute(`/calls/${ID}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Request ID: srv-7f3c')
    expect(alert).toHaveTextContent('Aura request ID: req_404abc')
    expect(within(alert).getByRole('button', { name: 'Copy request IDs' })).toBeInTheDocument()
  })

  it('explains an answer the server could not pass on from the Aura API', async () => {
    errorEnvelope(502, 'UPSTREAM_NOT_JSON', 'The Aura API sent a web page instead of data (HTTP 502).', { 'X-Request-Id': 'srv-1' })
    renderRoute(`/calls/${ID}`)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Unexpected response' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('web page instead of data')
    expect(within(alert).getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/')
  })

  it.each([
    [401, 'UNAUTHORIZED', 'Invalid API key', /API key is missing or wrong/],
    [403, 'FORBIDDEN', 'Forbidden', /isn’t allowed/],
  ])('explains a %s as a server key problem, without asking for a key', async (status, code, message, title) => {
    errorEnvelope(status, code, message)
    renderRoute(`/calls/${ID}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(title)
    expect(alert).toHaveTextContent(/AURA_API_KEY/)
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('says a 429 is a rate limit and when it can be tried again', async () => {
    const resetSeconds = Math.floor(Date.now() / 1000) + 3600
    errorEnvelope(429, 'RATE_LIMITED', 'Too many requests', { 'X-RateLimit-Reset': String(resetSeconds) })
    renderRoute(`/calls/${ID}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/rate limit/i)
    expect(alert).toHaveTextContent(new Date(resetSeconds * 1000).toLocaleTimeString(undefined, { timeStyle: 'medium' }))
  })

  it('while waiting out a 429, says it will retry and when', async () => {
    const resetSeconds = Math.floor(Date.now() / 1000) + 20
    errorEnvelope(429, 'RATE_LIMITED', 'Too many requests', { 'X-RateLimit-Reset': String(resetSeconds) })
    renderRoute(`/calls/${ID}`, createAppQueryClient())
    expect(await screen.findByRole('status')).toHaveTextContent(/rate limit was reached\. Retrying automatically at/)
  })

  it('while retrying a 500, shows the server\'s message as a sentence', async () => {
    errorEnvelope(500, 'INTERNAL', 'Internal error')
    renderRoute(`/calls/${ID}`, createAppQueryClient())
    expect(await screen.findByRole('status')).toHaveTextContent('Internal error. Retrying…')
  })

  it.each([
    ['a 500', () => errorEnvelope(500, 'INTERNAL', 'Internal error')],
    ['a network failure', () => server.use(http.get(`/api/v1/calls/${ID}`, () => HttpResponse.error()))],
  ])('offers Retry after %s, and recovers', async (_name, fail) => {
    fail()
    const { user } = renderRoute(`/calls/${ID}`)
    const retry = await screen.findByRole('button', { name: 'Retry' })
    serveCall({ success: true, data: { id: ID, notes: 'Back again' } })
    await user.click(retry)
    expect(await screen.findByText('Back again')).toBeInTheDocument()
  })

  it.each([
    ['an array', () => serveCall({ success: true, data: [] })],
    ['a call without id', () => serveCall({ success: true, data: { status: 'closed' } })],
    ['truncated JSON', () => server.use(http.get(`/api/v1/calls/${ID}`, () => new HttpResponse('{"success":true,"da')))],
    ['an HTML page', () => server.use(http.get(`/api/v1/calls/${ID}`, () => new HttpResponse('<html>oops</html>', { status: 200 })))],
  ])('shows an unexpected-response message for %s', async (_name, serve) => {
    serve()
    renderRoute(`/calls/${ID}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Unexpected response/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('never waits on a failing lookup: the raw ids show instead', async () => {
    const leadId = '650e8400-e29b-41d4-a716-446655440001'
    serveCall({ success: true, data: { id: ID, lead_id: leadId, closer_id: 'user_2abc123xyz', notes: 'Still here' } })
    server.use(
      http.get('/api/v1/leads/:id', () => HttpResponse.json({ success: false, error: 'boom' }, { status: 500 })),
      http.get('/api/v1/team/:id', () => HttpResponse.error()),
    )
    renderRoute(`/calls/${ID}`)
    const people = await screen.findByRole('region', { name: 'People' })
    expect(await within(people).findByText(leadId)).toBeVisible()
    expect(await within(people).findByText('user_2abc123xyz')).toBeVisible()
    expect(within(people).getAllByText('Couldn’t load details')).toHaveLength(2)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 550e8400')
    expect(screen.getByText('Still here')).toBeInTheDocument()
  })

  it('renders hostile strings as text and never links unsafe URLs', async () => {
    serveCall({
      success: true,
      data: {
        id: ID,
        notes: '<img src=x onerror=alert(1)><script>alert(2)</script>',
        conferencing_link: 'javascript:alert(3)',
        form_data: [{ label: '<b>Budget</b>', value: 'javascript:alert(4)' }],
      },
    })
    renderRoute(`/calls/${ID}`)
    expect(await screen.findByText('<img src=x onerror=alert(1)><script>alert(2)</script>')).toBeInTheDocument()
    expect(screen.getByText('javascript:alert(3)')).toBeInTheDocument()
    expect(screen.getByText('<b>Budget</b>')).toBeInTheDocument()
    expect(document.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
    for (const link of screen.queryAllByRole('link')) {
      expect(link.getAttribute('href')).not.toMatch(/^javascript:/i)
    }
  })

  it('shows invalid dates as a dash with the raw value on hover', async () => {
    serveCall({ success: true, data: { id: ID, scheduled_at: '2026-02-30T10:00:00Z' } })
    renderRoute(`/calls/${ID}`)
    const scheduling = await screen.findByRole('region', { name: 'Scheduling' })
    expect(within(scheduling).getByTitle('Unreadable date: 2026-02-30T10:00:00Z')).toHaveTextContent('—')
    expect(document.body).not.toHaveTextContent(/Invalid Date|NaN/)
  })
})

it('shows a friendly page with a way back for unknown addresses', async () => {
  renderRoute('/somewhere/else')
  expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/')
})

it('waits for nothing else: the call renders while lookups are slow', async () => {
  server.use(http.get('/api/v1/leads/:id', async () => {
    await delay('infinite')
    return HttpResponse.json({})
  }))
  renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  expect(await screen.findByRole('region', { name: 'Transcript' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Call \w{8}$/)
})

it('names the call in the document title once the lead is known', async () => {
  renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  await screen.findByRole('heading', { level: 1, name: `Call with ${closedCallFacts.leadName}` })
  expect(document.title).toBe(`Call with ${closedCallFacts.leadName} · Nov 17, 2026`)
})
