import './lib/zod-setup'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { AppProvider } from './app/provider'
import { routes } from './app/router'
import { applyThemePreference, readThemePreference } from './app/theme'
import './index.css'

applyThemePreference(readThemePreference())
const router = createBrowserRouter(routes)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
)
