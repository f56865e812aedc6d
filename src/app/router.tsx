import { useRoutes, type RouteObject } from 'react-router'
import { AppShell } from './app-shell'
import { CallPage } from '@/features/call-page/call-page'
import { NotFoundPage } from '@/features/errors/not-found-page'
import { StartPage } from '@/features/recent-calls/start-page'

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'calls/:id', element: <CallPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function AppRoutes() {
  return useRoutes(routes)
}
