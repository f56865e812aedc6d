import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'

type TopBarProps = {
  /** Links the product's name to the start page; off where no router runs (the server's first view of a call). */
  linksHome: boolean
  isDemo: boolean
  /** Controls at the bar's end. */
  controls?: ReactNode
  /** A notice across the page under the bar. */
  banner?: ReactNode
}

/** The bar over every page: the product's name, the demo-data notice, and the controls. */
export function TopBar({ linksHome, isDemo, controls, banner }: TopBarProps) {
  const name = (
    <>
      Aura<span className="max-sm:sr-only"> · Call review</span>
    </>
  )
  return (
    <header className="border-b border-border bg-card">
      {/* One line at every width, so the demo notice arriving late never pushes the page down. */}
      <div className="mx-auto flex min-h-11 max-w-7xl items-center gap-3 px-4 py-2">
        {linksHome ? (
          <Link to={ROUTE_PATHS.start} className="shrink-0 font-semibold">
            {name}
          </Link>
        ) : (
          <span className="shrink-0 font-semibold">{name}</span>
        )}
        {isDemo && (
          <p className="min-w-0 truncate rounded-full border border-warning/40 bg-warning-soft px-2.5 py-0.5 text-xs font-medium text-warning">
            Demo data<span className="max-sm:sr-only"> — set AURA_API_KEY on the server to see your calls</span>
          </p>
        )}
        {controls}
      </div>
      {banner}
    </header>
  )
}
