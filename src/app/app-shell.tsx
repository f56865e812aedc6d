import { lazy, Suspense } from 'react'
import { Outlet } from 'react-router'
import { NotProtectedNotice } from '@/features/session/not-protected-notice'
import { useIsDemo } from '@/features/session/server-mode'
import { SessionEndedNotice } from '@/features/session/session-ended-notice'
import { TopBar } from '@/features/session/top-bar'
import { ThemeToggle } from '@/features/theme/theme-toggle'
import { ViewerMenu } from '@/features/session/viewer-menu'
import { inNextTask } from '@/lib/scheduling/in-next-task'

const privateModeControls = inNextTask(() => import('@/features/privacy/private-mode-controls'))
const PrivateModeToggle = lazy(() => privateModeControls.then((module) => ({ default: module.PrivateModeToggle })))
const PrivateModeBanner = lazy(() => privateModeControls.then((module) => ({ default: module.PrivateModeBanner })))

export function AppShell() {
  const isDemo = useIsDemo()
  return (
    <div className="min-h-dvh bg-background text-foreground">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <TopBar
        linksHome
        isDemo={isDemo}
        controls={
          <div className="ml-auto flex min-w-0 items-center gap-1">
            <ViewerMenu />
            <Suspense fallback={null}>
              <PrivateModeToggle />
            </Suspense>
            <ThemeToggle />
          </div>
        }
        banner={
          <Suspense fallback={null}>
            <PrivateModeBanner />
          </Suspense>
        }
      />
      <NotProtectedNotice />
      <SessionEndedNotice />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  )
}
