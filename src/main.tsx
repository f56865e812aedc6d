import '@/lib/schema/zod-setup'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { prefetchCallAt } from '@/features/call-page/prefetch-call'
import { AppProvider } from './app/provider'
import { createQueryClient } from './app/query-client'
import { AppRoutes } from './app/router'
import { applyThemePreference, readThemePreference } from '@/features/theme/theme'
import './index.css'

applyThemePreference(readThemePreference())
const queryClient = createQueryClient()
prefetchCallAt(window.location.pathname, queryClient)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  </StrictMode>,
)
