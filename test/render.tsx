import { QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppProvider } from '@/app/provider'
import { createQueryClient } from '@/app/query-client'
import { createRoutes } from '@/app/router'
// The call page fetches its deferred panels as a chunk of their own. Loaded with the harness, the page's
// import() finds them ready, so no test waits on the first transform of that module.
import '@/features/call-page/deferred-panels'

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
}

/** The app's own client, with its retry policy, for tests about retrying. */
export const createAppQueryClient = createQueryClient

/** Renders the whole app at `path` with the real routes and providers, and a retry-free query client. */
export function renderRoute(path: string, client: QueryClient = createTestQueryClient()) {
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] })
  const user = userEvent.setup()
  const view = render(
    <AppProvider client={client}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  const location = () => router.state.location
  return { ...view, location, user, client, router }
}

/** Like `renderRoute`, and resolves once the router has run the route's loader and rendered the page. */
export async function renderRouteReady(path: string, client?: QueryClient) {
  const view = renderRoute(path, client)
  await act(() => routerInitialized(view.router))
  return view
}

function routerInitialized(router: ReturnType<typeof createMemoryRouter>) {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}
