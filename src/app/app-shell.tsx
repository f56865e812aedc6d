import { lazy, Suspense } from 'react'
import { Link, Outlet } from 'react-router'
import { NotProtectedNotice } from '@/features/session/not-protected-notice'
import { useIsDemo } from '@/features/session/server-mode'
import { SessionEndedNotice } from '@/features/session/session-ended-notice'
import { ThemeToggle } from '@/features/theme/theme-toggle'
import { ViewerMenu } from '@/features/session/viewer-menu'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'

const privateModeControls = import('@/features/privacy/private-mode-controls')
const PrivateModeToggle = lazy(() => privateModeControls.then((module) => ({ default: module.PrivateModeToggle })))
const PrivateModeBanner = lazy(() => privateModeControls.then((module) => ({ default: module.PrivateModeBanner })))

export function AppShell() {
  const isDemo = useIsDemo()
  return (
    <div className="min-h-dvh bg-background text-foreground">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-border bg-card">
        {/* One line at every width, so the demo notice arriving late never pushes the page down. */}
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2">
          <Link to={ROUTE_PATHS.start} className="shrink-0 font-semibold">
            Aura<span className="max-sm:sr-only"> · Call review</span>
          </Link>
          {isDemo && (
            <p className="min-w-0 truncate rounded-full border border-warning/40 bg-warning-soft px-2.5 py-0.5 text-xs font-medium text-warning">
              Demo data<span className="max-sm:sr-only"> — set AURA_API_KEY on the server to see your calls</span>
            </p>
          )}
          <div className="ml-auto flex min-w-0 items-center gap-1">
            <ViewerMenu />
            <Suspense fallback={null}>
              <PrivateModeToggle />
            </Suspense>
            <ThemeToggle />
          </div>
        </div>
        <Suspense fallback={null}>
          <PrivateModeBanner />
        </Suspense>
      </header>
      <NotProtectedNotice />
      <SessionEndedNotice />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  )
}
