import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation, type Location } from 'react-router'
import { AppProvider } from '@/app/provider'
import { createQueryClient } from '@/app/query-client'
import { AppRoutes } from '@/app/router'

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
}

/** The app's own client, with its retry policy, for tests about retrying. */
export const createAppQueryClient = createQueryClient

/** Renders the whole app at `path` with the real routes and providers, and a retry-free query client. */
export function renderRoute(path: string, client: QueryClient = createTestQueryClient()) {
  let current: Location | undefined
  function RecordLocation() {
    current = useLocation()
    return null
  }
  const user = userEvent.setup()
  const view = render(
    <AppProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <RecordLocation />
      </MemoryRouter>
    </AppProvider>,
  )
  const location = () => {
    if (!current) throw new Error('the router has not rendered yet')
    return current
  }
  return { ...view, location, user, client }
}
