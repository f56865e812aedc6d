import { http, HttpResponse } from 'msw'
import { server } from '../../../test/msw-server'
import { createTestQueryClient } from '../../../test/render'
import { callQueries } from '@/entities/call/call-queries'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { prefetchCallAt } from './prefetch-call'

describe('prefetchCallAt', () => {
  it('loads the call a call address names', async () => {
    const client = createTestQueryClient()
    prefetchCallAt(`/calls/${DEMO_CALL_IDS.closed}`, client)
    await vi.waitFor(() => expect(client.getQueryData(callQueries.detail(DEMO_CALL_IDS.closed).queryKey)).toBeDefined())
  })

  it.each(['/', '/calls/not-a-uuid', `/calls/${DEMO_CALL_IDS.closed}/extra`, '/elsewhere'])('asks for nothing at %s', (path) => {
    const requested: string[] = []
    server.use(http.all('/api/*', ({ request }) => {
      requested.push(request.url)
      return HttpResponse.json({})
    }))
    const client = createTestQueryClient()
    prefetchCallAt(path, client)
    expect(client.getQueryCache().getAll()).toHaveLength(0)
    expect(requested).toEqual([])
  })
})
