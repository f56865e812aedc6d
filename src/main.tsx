import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppProvider } from './app/provider'
import { createQueryClient } from './app/query-client'
import { CALL_ROUTE_LOADED, createRoutes } from './app/router'
import { handOverFirstPaint } from './app/first-paint-hand-over'
import { inNextTask } from './lib/scheduling/in-next-task'
import { nextTask } from './lib/scheduling/next-task'
import './index.css'

const queryClient = createQueryClient()

// Not a top-level await: with one, the bundler splits the modules the lazy chunks share out of the first script.
// The hand-over, which asks for the call, starts in a task after the one that evaluates this script.
void inNextTask(() => handOverFirstPaint(queryClient)).then(async (handedOver) => {
  // Creating the router runs the call route's loader, which starts the call's request when nothing has yet; after a
  // hand-over that has been done. It and the first render each take tens of milliseconds on a slow phone, so each
  // runs in a task of its own.
  await nextTask()
  const router = createBrowserRouter(createRoutes(queryClient), handedOver ? { hydrationData: CALL_ROUTE_LOADED } : undefined)
  await nextTask()
  // As a transition, the first render comes in slices that never block input for long; whatever the root shows
  // until it commits (the server's first view of a call) stays on screen meanwhile.
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <AppProvider client={queryClient}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    )
  })
})
