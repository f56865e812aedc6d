import { createMemoryRouter } from 'react-router'
import { callQueries } from '@/entities/call/call-queries'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { createTestQueryClient } from '../../test/render'
import { CALL_ROUTE_LOADED, createRoutes } from './router'

const id = DEMO_CALL_IDS.closed

describe('the call route', () => {
  it('asks for the call as the router is made', () => {
    const client = createTestQueryClient()
    const router = createMemoryRouter(createRoutes(client), { initialEntries: [`/calls/${id}`] })
    expect(client.getQueryState(callQueries.detail(id).queryKey)?.fetchStatus).toBe('fetching')
    router.dispose()
  })

  it('is taken as loaded after a hand-over, with nothing asked for again', () => {
    const client = createTestQueryClient()
    const router = createMemoryRouter(createRoutes(client), { initialEntries: [`/calls/${id}`], hydrationData: CALL_ROUTE_LOADED })
    expect(router.state.initialized).toBe(true)
    expect(client.getQueryState(callQueries.detail(id).queryKey)).toBeUndefined()
    router.dispose()
  })
})
