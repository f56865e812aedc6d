import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { pinClock } from '../../../test/clock'
import { PANEL_NAMES } from '../../../test/panel-names'
import { server } from '../../../test/msw-server'
import { renderRoute } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { LEAD_CALLS_MAX_PAGES } from './lead-calls-query'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const LEAD = '650e8400-e29b-41d4-a716-446655440001'
const OTHER_LEAD = '750e8400-e29b-41d4-a716-446655440002'
const EARLIER = '11111111-1111-4111-8111-111111111111'
const LATER = '22222222-2222-4222-8222-222222222222'
const LATEST = '33333333-3333-4333-8333-333333333333'

const earlierCall = { id: EARLIER, lead_id: LEAD, status: 'no_show', scheduled_at: '2026-11-01T15:00:00Z' }
const laterCall = { id: LATER, lead_id: LEAD, status: 'closed', scheduled_at: '2026-11-20T15:00:00Z' }
const thisCall = { id: ID, lead_id: LEAD, call_kind: 'booking', status: 'completed', scheduled_at: '2026-11-10T15:00:00Z', notes: 'Still here' }

function strip() {
  return screen.findByRole('region', { name: 'Calls with this lead' })
}

function serveCall(call: Record<string, unknown>) {
  server.use(http.get(`/api/v1/calls/${ID}`, () => HttpResponse.json({ success: true, data: call })))
}

/** Answers the list with `pages` in turn, each pointing to the next by cursor; records every query string. */
function serveLeadPages(pages: unknown[][]) {
  const seen: URLSearchParams[] = []
  server.use(
    http.get('/api/v1/calls', ({ request }) => {
      const params = new URL(request.url).searchParams
      seen.push(params)
      const index = Number(params.get('cursor')?.replace('page-', '') ?? 0)
      const hasMore = index + 1 < pages.length
      return HttpResponse.json({
        success: true,
        data: pages[index] ?? [],
        pagination: { next_cursor: hasMore ? `page-${index + 1}` : null, has_more: hasMore },
      })
    }),
  )
  return seen
}

describe('the lead’s journey on the call page', () => {
  it('shows the demo lead’s calls in date order, this one marked and the others linked', async () => {
    pinClock('2026-12-01T12:00:00Z')
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    const region = await strip()
    expect(await within(region).findByText('2nd call with this lead; the first was a no-show; the next is on Dec 7, 2026.')).toBeInTheDocument()

    const items = within(region).getAllByRole('listitem')
    expect(items.map((item) => within(item).getByText(/, 2026$/).textContent)).toEqual(['Nov 4, 2026', 'Nov 17, 2026', 'Dec 7, 2026'])
    const current = within(region).getByRole('listitem', { current: 'page' })
    expect(current).toBe(items[1])
    expect(current).toHaveTextContent('This call')
    expect(within(current).queryByRole('link')).not.toBeInTheDocument()

    const links = within(region).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/calls/${DEMO_CALL_IDS.closedLeadNoShow}`,
      `/calls/${DEMO_CALL_IDS.closedLeadKickoff}`,
    ])
    expect(links[0]).toHaveTextContent('Booking')
    expect(within(links[0]!).getByText('No-show')).toBeInTheDocument()
    expect(links[0]).toHaveTextContent('Deal $4,000.00')
    expect(links[1]).toHaveTextContent('Follow up')
    expect(within(links[1]!).getByText('Scheduled')).toBeInTheDocument()
    expect(current).toHaveTextContent('Deal $4,800.00')
  })

  it('asks for the lead’s calls and follows the cursor to the last page', async () => {
    serveCall(thisCall)
    const seen = serveLeadPages([
      [laterCall, { ...thisCall, notes: null }],
      [earlierCall],
      [{ id: LATEST, lead_id: LEAD, status: 'won', scheduled_at: '2026-11-25T15:00:00Z' }],
    ])
    renderRoute(`/calls/${ID}`)
    const region = await strip()
    await within(region).findByText(/^2nd call with this lead; the first was a no-show; 2 more since\.$/)
    expect(within(region).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      [EARLIER, LATER, LATEST].map((id) => `/calls/${id}`),
    )
    expect(seen.map((params) => [params.get('lead_id'), params.get('limit'), params.get('cursor')])).toEqual([
      [LEAD, '100', null],
      [LEAD, '100', 'page-1'],
      [LEAD, '100', 'page-2'],
    ])
  })

  it(`stops after ${LEAD_CALLS_MAX_PAGES} pages and says there are more`, async () => {
    serveCall(thisCall)
    const pages = Array.from({ length: LEAD_CALLS_MAX_PAGES + 5 }, (_, page) => [
      { id: `${String(page).padStart(8, '0')}-1111-4111-8111-111111111111`, lead_id: LEAD, scheduled_at: '2026-10-01T15:00:00Z' },
    ])
    const seen = serveLeadPages(pages)
    renderRoute(`/calls/${ID}`)
    const region = await strip()
    expect(await within(region).findByText('11 calls with this lead, and more.')).toBeInTheDocument()
    expect(within(region).getAllByRole('link')).toHaveLength(LEAD_CALLS_MAX_PAGES)
    expect(within(region).getByText('and more')).toBeInTheDocument()
    expect(seen).toHaveLength(LEAD_CALLS_MAX_PAGES)
  })

  it('says so in one line when the lead has no other call', async () => {
    serveCall(thisCall)
    serveLeadPages([[]])
    renderRoute(`/calls/${ID}`)
    const region = await strip()
    expect(await within(region).findByText('No other calls with this lead.')).toBeInTheDocument()
    expect(within(region).queryByRole('list')).not.toBeInTheDocument()
  })

  it('skips items it can’t read, and calls of another lead, and shows the rest', async () => {
    serveCall(thisCall)
    serveLeadPages([
      [
        null,
        42,
        { status: 'won' },
        { id: EARLIER, lead_id: LEAD, status: 42, call_kind: {}, scheduled_at: 'yesterday', expected_deal_value: 'lots', surprise: [1] },
        { id: LATER, lead_id: OTHER_LEAD, status: 'won', scheduled_at: '2026-11-01T15:00:00Z' },
      ],
    ])
    renderRoute(`/calls/${ID}`)
    const region = await strip()
    expect(await within(region).findByText('1st call with this lead; 1 more without a date. 3 calls couldn’t be read.')).toBeInTheDocument()
    const [link] = within(region).getAllByRole('link')
    expect(within(region).getAllByRole('link')).toHaveLength(1)
    expect(link).toHaveAttribute('href', `/calls/${EARLIER}`)
    expect(link).toHaveTextContent('No date')
    expect(within(link!).getByText('No status')).toBeInTheDocument()
    expect(link).toHaveTextContent('No deal value')
  })

  it('shows a quiet message with Retry when the list fails, and the rest of the page works', async () => {
    serveCall(thisCall)
    server.use(http.get('/api/v1/calls', () => HttpResponse.json({ success: false, error: 'Internal error', code: 'INTERNAL' }, { status: 500 })))
    const { user } = renderRoute(`/calls/${ID}`)
    const region = await strip()
    expect(await within(region).findByText('Couldn’t load the lead’s other calls.')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    for (const name of PANEL_NAMES) expect(await screen.findByRole('region', { name })).toBeInTheDocument()
    expect(screen.getByText('Still here')).toBeInTheDocument()

    serveLeadPages([[earlierCall]])
    await user.click(within(region).getByRole('button', { name: 'Retry' }))
    expect(await within(region).findByText('2nd call with this lead; the first was a no-show.')).toBeInTheDocument()
    expect(within(region).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  it.each([
    ['without a lead', { ...thisCall, lead_id: null }],
    ['with an empty lead id', { ...thisCall, lead_id: '  ' }],
  ])('shows no strip for a call %s, and asks for no list', async (_name, call) => {
    serveCall(call)
    const seen = serveLeadPages([[]])
    renderRoute(`/calls/${ID}`)
    expect(await screen.findByText('Still here')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Calls with this lead' })).not.toBeInTheDocument()
    expect(seen).toEqual([])
  })

  it('shows no strip when the API doesn’t know the lead', async () => {
    serveCall(thisCall)
    server.use(http.get('/api/v1/calls', () => HttpResponse.json({ success: false, error: 'Lead not found', code: 'NOT_FOUND' }, { status: 404 })))
    renderRoute(`/calls/${ID}`)
    expect(await screen.findByText('Still here')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByLabelText(/Loading the lead’s other calls/)).not.toBeInTheDocument())
    expect(screen.queryByRole('region', { name: 'Calls with this lead' })).not.toBeInTheDocument()
  })

  it('prefetches a call when its link is pointed at or focused', async () => {
    serveCall(thisCall)
    serveLeadPages([[earlierCall, laterCall]])
    const fetched: string[] = []
    server.use(
      http.get('/api/v1/calls/:id', ({ params }) => {
        fetched.push(String(params.id))
      }),
    )
    const { user } = renderRoute(`/calls/${ID}`)
    const [earlier, later] = await within(await strip()).findAllByRole('link')
    expect(fetched).toEqual([ID])
    await user.hover(earlier!)
    await waitFor(() => expect(fetched).toEqual([ID, EARLIER]))
    later!.focus()
    await waitFor(() => expect(fetched).toEqual([ID, EARLIER, LATER]))
  })

  it('opens another call from its link, with that call marked', async () => {
    serveCall(thisCall)
    serveLeadPages([[earlierCall, thisCall]])
    server.use(http.get(`/api/v1/calls/${EARLIER}`, () => HttpResponse.json({ success: true, data: { ...earlierCall, notes: 'The earlier one' } })))
    const { user, location } = renderRoute(`/calls/${ID}`)
    await user.click(await within(await strip()).findByRole('link'))
    expect(location().pathname).toBe(`/calls/${EARLIER}`)
    expect(await screen.findByText('The earlier one')).toBeInTheDocument()
    const region = await strip()
    expect(await within(region).findByText('1st call with this lead; 1 more since.')).toBeInTheDocument()
    expect(within(region).getByRole('listitem', { current: 'page' })).toHaveTextContent('Nov 1, 2026')
    expect(within(region).getByRole('link')).toHaveAttribute('href', `/calls/${ID}`)
  })
})
