import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { AppShell } from './app-shell'
import { callLoader } from '@/features/call-page/call-loader'
import { CallLoading } from '@/features/call-page/call-loading'
import { CallPage } from '@/features/call-page/call-page'
import { NotFoundPage } from '@/features/errors/not-found-page'
import { RouteError } from '@/features/errors/route-error'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'
import { inNextTask } from '@/lib/scheduling/in-next-task'

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
