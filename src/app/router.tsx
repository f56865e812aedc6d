import type { QueryClient } from '@tanstack/react-query'
import type { HydrationState, RouteObject } from 'react-router'
import { AppShell } from './app-shell'
import { callLoader } from '@/features/call-page/call-loader'
import { CallLoading } from '@/features/call-page/call-loading'
import { CallPage } from '@/features/call-page/call-page'
import { NotFoundPage } from '@/features/errors/not-found-page'
import { RouteError } from '@/features/errors/route-error'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'
import { inNextTask } from '@/lib/scheduling/in-next-task'

const CALL_ROUTE_ID = 'call'

/**
 * For a router made after the hand-over of the server's first view: the call is in (or failed, or is on its way)
 * and the date data loaded, so the call route's loader has nothing left to start. The router takes the route as
 * loaded, which spares a slow phone running it within the router's creation.
 */
export const CALL_ROUTE_LOADED: HydrationState = { loaderData: { [CALL_ROUTE_ID]: null } }

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // A chunk of its own, so the first script holds what the call page paints first. It is fetched as the app
  // starts all the same, so the way home from a call works offline too.
  const startPage = inNextTask(() => import('@/features/recent-calls/start-page')).then((module) => ({ Component: module.StartPage }))
  return [
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        {
          // Inside the shell, so a page that throws keeps the top bar and its way home.
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              lazy: () => startPage,
              hydrateFallbackElement: <p aria-busy="true" className="sr-only">Loading…</p>,
            },
            {
              id: CALL_ROUTE_ID,
              path: ROUTE_PATHS.call,
              element: <CallPage />,
              loader: callLoader(queryClient),
              hydrateFallbackElement: <CallLoading failureReason={null} offline={false} />,
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]
}
