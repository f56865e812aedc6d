import { useRoutes, type RouteObject } from 'react-router'
import { AppShell } from './app-shell'
import { CallPage } from './call-page'
import { NotFoundPage } from './not-found-page'
import { StartPage } from './start-page'

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
