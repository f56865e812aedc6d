import { screen, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { demoCallIds } from '../../../test/demo-facts'
import { server } from '../../../test/msw-server'
import { renderRouteReady } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const ID_A = '11111111-1111-4111-8111-111111111111'
const ID_B = '22222222-2222-4222-8222-222222222222'

function recentCalls() {
  return screen.getByRole('region', { name: 'Recent calls' })
}

function serveList(body: unknown, init?: ResponseInit) {
  server.use(http.get('/api/v1/calls', () => HttpResponse.json(body as Record<string, unknown>, init)))
}

function failList(status: number, error: string, code: string) {
  serveList({ success: false, error, code, requestId: 'req_list123' }, { status })
}

describe('recent calls: loading, empty and failure states', () => {
  it('shows skeletons in a busy container while loading', async () => {
    server.use(
      http.get('/api/v1/calls', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    await renderRouteReady('/')
    expect(await within(recentCalls()).findByLabelText('Loading recent calls')).toHaveAttribute('aria-busy', 'true')
  })

  it('says "No calls yet." when the account has none', async () => {
    serveList({ success: true, data: [], pagination: { next_cursor: null, has_more: false } })
    await renderRouteReady('/')
    expect(await within(recentCalls()).findByText('No calls yet.')).toBeInTheDocument()
  })

  it('drops broken items and keeps the rest of the page', async () => {
    serveList({ success: true, data: [{ id: ID_A, status: 'won' }, null, { status: 'lost' }, 42, { id: ID_B }] })
    await renderRouteReady('/')
    const list = recentCalls()
    const links = await within(list).findAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`/calls/${ID_A}`, `/calls/${ID_B}`])
    expect(within(links[1]!).getByText('Call')).toBeInTheDocument()
    expect(within(links[1]!).getByText('No status')).toBeInTheDocument()
    expect(within(list).getByText(/3 calls in the response couldn’t be read/)).toBeInTheDocument()
    expect(within(list).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it.each([
    ['missing', undefined],
    ['not an object', 'more'],
    ['has_more without a cursor', { has_more: true, next_cursor: null }],
    ['a cursor without has_more', { next_cursor: 'abc' }],
    ['has_more as text', { has_more: 'true', next_cursor: 'abc' }],
  ])('treats pagination that is %s as the last page', async (_name, pagination) => {
    serveList({ success: true, data: [{ id: ID_A }], pagination })
    await renderRouteReady('/')
    await within(recentCalls()).findByRole('link')
    expect(within(recentCalls()).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it('reports data that is not a list, with a retry', async () => {
    serveList({ success: true, data: { calls: [] } })
    await renderRouteReady('/')
    const alert = await within(recentCalls()).findByRole('alert')
    expect(alert).toHaveTextContent('Unexpected response')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('explains a 401 as the server’s key problem', async () => {
    failList(401, 'Invalid API key', 'UNAUTHORIZED')
    await renderRouteReady('/')
    const alert = await within(recentCalls()).findByRole('alert')
    expect(alert).toHaveTextContent('The server’s API key is missing or wrong')
    expect(alert).toHaveTextContent(/AURA_API_KEY/)
    expect(alert).toHaveTextContent('req_list123')
  })

  it('recovers from a failed list with Retry', async () => {
    failList(500, 'Internal error', 'INTERNAL')
    const { user } = await renderRouteReady('/')
    const alert = await within(recentCalls()).findByRole('alert')
    expect(alert).toHaveTextContent('Aura is having trouble')

    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await within(recentCalls()).findAllByRole('link')).toHaveLength(5)
    expect(within(recentCalls()).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('keeps the rows shown when "Load more" fails, and retries it', async () => {
    let failNextPage = true
    server.use(
      http.get('/api/v1/calls', ({ request }) => {
        if (!new URL(request.url).searchParams.has('cursor') || !failNextPage) return
        failNextPage = false
        return HttpResponse.json({ success: false, error: 'Bad gateway', code: 'UPSTREAM' }, { status: 502 })
      }),
    )
    const { user } = await renderRouteReady('/')
    const list = recentCalls()
    await user.click(await within(list).findByRole('button', { name: 'Load more' }))

    expect(await within(list).findByRole('alert')).toHaveTextContent('Couldn’t load more calls: Aura is having trouble.')
    expect(within(list).getAllByRole('link')).toHaveLength(5)
    expect(within(list).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()

    await user.click(within(list).getByRole('button', { name: 'Retry' }))
    expect(await within(list).findByRole('link', { name: new RegExp(DEMO_CALL_IDS.legacy.slice(0, 8)) })).toBeInTheDocument()
    expect(within(list).getAllByRole('link')).toHaveLength(demoCallIds.length)
    expect(within(list).queryByRole('alert')).not.toBeInTheDocument()
  })
})
