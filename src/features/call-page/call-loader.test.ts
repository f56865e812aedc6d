import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { LoaderFunctionArgs } from 'react-router'
import { server } from '../../../test/msw-server'
import { createTestQueryClient } from '../../../test/render'
import { callQueries } from '@/entities/call/call-queries'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { callLoader } from './call-loader'

function runLoader(id: string | undefined, client = createTestQueryClient()) {
  const args = { params: { id }, request: new Request('http://localhost/'), context: undefined } as unknown as LoaderFunctionArgs
  return { client, result: callLoader(client)(args) }
}

describe('callLoader', () => {
  it('starts loading the call and lets the page render at once', async () => {
    const { client, result } = runLoader(DEMO_CALL_IDS.closed)
    expect(result).toBeNull()
    await waitFor(() => expect(client.getQueryData(callQueries.detail(DEMO_CALL_IDS.closed).queryKey)).toBeDefined())
  })

  it('asks for the lead’s other calls once the call names its lead', async () => {
    const requested: string[] = []
    server.events.on('request:start', ({ request }) => requested.push(new URL(request.url).pathname + new URL(request.url).search))
    const { client } = runLoader(DEMO_CALL_IDS.closed)
    await waitFor(() => expect(requested.some((path) => path.startsWith('/api/v1/calls?lead_id='))).toBe(true))
    const leadId = client.getQueryData(callQueries.detail(DEMO_CALL_IDS.closed).queryKey)!.leadId
    expect(requested).toContain(`/api/v1/calls?lead_id=${leadId}&limit=100`)
    server.events.removeAllListeners()
  })

  it.each([undefined, 'not-a-uuid', '../v1/leads'])('asks for nothing for the id %s', (id) => {
    const requested: string[] = []
    server.use(http.all('/api/*', ({ request }) => {
      requested.push(request.url)
      return HttpResponse.json({})
    }))
    const { client } = runLoader(id)
    expect(client.getQueryCache().getAll()).toHaveLength(0)
    expect(requested).toEqual([])
  })
})
