import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { demoCallIds } from '../../../test/demo-facts'
import { server } from '../../../test/msw-server'
import { renderRouteReady } from '../../../test/render'
import { callQueries } from '@/entities/call/call-queries'
import { formatDateTime } from '@/lib/dates/dates'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

function recentCalls() {
  return screen.getByRole('region', { name: 'Recent calls' })
}

/** Records the query string of every list request, then lets the demo API answer it. */
function spyOnListRequests() {
  const seen: URLSearchParams[] = []
  server.use(
    http.get('/api/v1/calls', ({ request }) => {
      seen.push(new URL(request.url).searchParams)
    }),
  )
  return seen
}

describe('recent calls on the start page', () => {
  it('lists the newest five calls, and the rest after "Load more"', async () => {
    const { user } = await renderRouteReady('/')
    const list = recentCalls()
    expect(await within(list).findAllByRole('link')).toHaveLength(5)
    const hrefs = within(list).getAllByRole('link').map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual(demoCallIds.slice(0, 5).map((id) => `/calls/${id}`))

    await user.click(within(list).getByRole('button', { name: 'Load more' }))
    expect(await within(list).findByRole('link', { name: new RegExp(DEMO_CALL_IDS.legacy.slice(0, 8)) })).toHaveAttribute(
      'href',
      `/calls/${DEMO_CALL_IDS.legacy}`,
    )
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(demoCallIds.map((id) => `/calls/${id}`))
    expect(within(list).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it('asks for the next page with the cursor the last one returned', async () => {
    const seen = spyOnListRequests()
    const { user } = await renderRouteReady('/')
    await user.click(await within(recentCalls()).findByRole('button', { name: 'Load more' }))
    await within(recentCalls()).findByRole('link', { name: /Won/ })
    expect(seen.map((params) => [params.get('limit'), params.get('cursor')])).toEqual([
      ['5', null],
      ['5', btoa('5')],
    ])
  })

  it('shows the kind, status, date and short id of each call', async () => {
    await renderRouteReady('/')
    const link = await within(recentCalls()).findByRole('link', { name: new RegExp(DEMO_CALL_IDS.upcoming.slice(0, 8)) })
    expect(link).toHaveTextContent('Booking')
    expect(within(link).getByText('Scheduled')).toBeInTheDocument()
    expect(within(link).getByText(formatDateTime(new Date('2027-01-12T18:30:00Z')))).toBeInTheDocument()
    expect(link).not.toHaveTextContent(DEMO_CALL_IDS.upcoming)
  })

  it('says these are demo calls in demo mode', async () => {
    await renderRouteReady('/')
    expect(await within(recentCalls()).findByText(/Demo calls from the built-in sample data/)).toBeInTheDocument()
  })

  it('filters by status on the server and starts paging over', async () => {
    const seen = spyOnListRequests()
    const { user, location } = await renderRouteReady('/')
    const list = recentCalls()
    await within(list).findByRole('button', { name: 'Load more' })

    await user.selectOptions(within(list).getByRole('combobox', { name: 'Status' }), 'No-show')
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2))
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/calls/${DEMO_CALL_IDS.noShow}`,
      `/calls/${DEMO_CALL_IDS.closedLeadNoShow}`,
    ])
    expect(within(list).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(seen.at(-1)?.get('status')).toBe('no_show')
    expect(seen.at(-1)?.has('cursor')).toBe(false)
    expect(location().search).toBe('?status=no_show')

    await user.selectOptions(within(list).getByRole('combobox', { name: 'Status' }), 'All statuses')
    expect(await within(list).findAllByRole('link')).toHaveLength(5)
    expect(location().search).toBe('')
  })

  it('takes the filter from the URL, even a status it does not list', async () => {
    await renderRouteReady('/?status=pending_review')
    const list = recentCalls()
    expect(within(list).getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('pending_review')
    const link = await within(list).findByRole('link')
    expect(link).toHaveAttribute('href', `/calls/${DEMO_CALL_IDS.sparse}`)
  })

  it('says so when no call matches the filter', async () => {
    await renderRouteReady('/?status=lost')
    expect(await within(recentCalls()).findByText('No calls match this filter.')).toBeInTheDocument()
  })

  it.each([
    ['hovering', (user: UserEvent, link: HTMLElement) => user.hover(link)],
    [
      'tabbing to',
      async (user: UserEvent) => {
        screen.getByRole('combobox', { name: 'Status' }).focus()
        await user.tab()
      },
    ],
  ])('prefetches the call when %s its row', async (_name, point) => {
    const fetched: string[] = []
    server.use(
      http.get('/api/v1/calls/:id', ({ params }) => {
        fetched.push(String(params.id))
      }),
    )
    const { user, client, location } = await renderRouteReady('/')
    const [link] = await within(recentCalls()).findAllByRole('link')
    expect(link).toHaveAttribute('href', `/calls/${DEMO_CALL_IDS.upcoming}`)
    expect(fetched).toEqual([])

    await point(user, link!)
    await waitFor(() => expect(client.getQueryData(callQueries.detail(DEMO_CALL_IDS.upcoming).queryKey)).toBeDefined())
    expect(fetched).toEqual([DEMO_CALL_IDS.upcoming])

    // Already cached, so the call page renders without a loading state.
    await user.click(link!)
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Review a call'))
    expect(location().pathname).toBe(`/calls/${DEMO_CALL_IDS.upcoming}`)
    expect(screen.queryByLabelText('Loading call')).not.toBeInTheDocument()
    expect(fetched).toEqual([DEMO_CALL_IDS.upcoming])
  })
})
