import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppProvider } from './app/provider'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/router'
import { applyThemePreference, readThemePreference } from '@/features/theme/theme'
import './index.css'

applyThemePreference(readThemePreference())
const queryClient = createQueryClient()
// Creating the router runs the call route's loader, so the call's request starts before React's first render.
const router = createBrowserRouter(createRoutes(queryClient))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider client={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
)
