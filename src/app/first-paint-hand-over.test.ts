import { screen } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'
import { callQueries } from '@/entities/call/call-queries'
import { leadQueries } from '@/features/lookups/lookup-queries'
import { pageContextQuery } from '@/features/session/server-mode'
import { setPrivateMode } from '@/lib/privacy/private-mode'
import { DEMO_CALL_IDS, DEMO_LEAD_IDS } from '@/mock-api/demo-data/demo-ids'
import { server } from '../../test/msw-server'
import { createTestQueryClient } from '../../test/render'
import { handOverFirstPaint } from './first-paint-hand-over'

const id = DEMO_CALL_IDS.closed

/** The page as the server sends a call: its first view in the app's root. */
function openWithFirstView(path: string) {
  history.replaceState(null, '', path)
  document.body.innerHTML = '<div id="root"><div id="first-paint"><h1>Call 30283b2e</h1></div></div>'
}

afterEach(() => {
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
  setPrivateMode(false)
})

describe('handing the server’s first view of a call over to the app', () => {
  it('waits for the call with the view still showing, so the app’s first render is the call page', async () => {
    openWithFirstView(`/calls/${id}?t=12`)
    const client = createTestQueryClient()
    expect(await handOverFirstPaint(client)).toBe(true)
    expect(client.getQueryData(callQueries.detail(id).queryKey)).toMatchObject({ id })
    expect(screen.getByRole('heading', { name: 'Call 30283b2e' })).toBeInTheDocument()
  })

  it('waits for the lead too, so the app’s first title names the lead as the server’s view may', async () => {
    openWithFirstView(`/calls/${id}`)
    const client = createTestQueryClient()
    await handOverFirstPaint(client)
    expect(client.getQueryData(leadQueries.detail(DEMO_LEAD_IDS.marcusBellamy).queryKey)).toMatchObject({ full_name: 'Marcus Bellamy' })
  })

  it('waits for what the server says of itself too, so the app’s bar keeps the demo notice the server’s view shows', async () => {
    openWithFirstView(`/calls/${id}`)
    const client = createTestQueryClient()
    await handOverFirstPaint(client)
    expect(client.getQueryData(pageContextQuery.queryKey)).toMatchObject({ mode: 'demo' })
  })

  it.each([
    ['a lead', '/api/v1/leads/:id', leadQueries.detail(DEMO_LEAD_IDS.marcusBellamy).queryKey],
    ['what the server says of itself', SERVER_MODE_PATH, pageContextQuery.queryKey],
  ])('waits no more than a second for %s when it does not answer', async (_part, path, queryKey) => {
    server.use(http.get(path, () => delay('infinite')))
    openWithFirstView(`/calls/${id}`)
    const client = createTestQueryClient()
    const started = performance.now()
    await handOverFirstPaint(client)
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(client.getQueryData(callQueries.detail(id).queryKey)).toMatchObject({ id })
    expect(client.getQueryState(queryKey)?.status).toBe('pending')
  })

  it('goes on once the call has failed, so the page can say why', async () => {
    server.use(http.get('/api/v1/calls/:id', () => HttpResponse.json({ success: false, error: 'Boom' }, { status: 500 })))
    openWithFirstView(`/calls/${id}`)
    const client = createTestQueryClient()
    await handOverFirstPaint(client)
    expect(client.getQueryState(callQueries.detail(id).queryKey)?.status).toBe('error')
    expect(screen.getByRole('heading', { name: 'Call 30283b2e' })).toBeInTheDocument()
  })

  it('removes the view at once in screen-share safe mode, as the server drew it unmasked', async () => {
    setPrivateMode(true)
    openWithFirstView(`/calls/${id}`)
    const client = createTestQueryClient()
    expect(await handOverFirstPaint(client)).toBe(false)
    expect(screen.queryByRole('heading', { name: 'Call 30283b2e' })).not.toBeInTheDocument()
    expect(client.getQueryState(callQueries.detail(id).queryKey)).toBeUndefined()
  })

  it('removes a view on a page that is not a call page', async () => {
    openWithFirstView('/')
    expect(await handOverFirstPaint(createTestQueryClient())).toBe(false)
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
  })

  it('asks for nothing when the server drew no view', async () => {
    history.replaceState(null, '', `/calls/${id}`)
    const client = createTestQueryClient()
    expect(await handOverFirstPaint(client)).toBe(false)
    expect(client.getQueryState(callQueries.detail(id).queryKey)).toBeUndefined()
  })
})
