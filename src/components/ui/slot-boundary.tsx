import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'

const FALLBACK_MESSAGE = 'This section couldn’t be displayed. The rest of the call is unaffected.'

/** The note that stands in for a part of the page that threw while rendering. */
export function SectionError() {
  return (
    <p role="alert" className="text-sm text-danger">
      {FALLBACK_MESSAGE}
    </p>
  )
}

/**
 * One part of the page's layout (the header, a panel with its heading and badges, the
 * player) that may throw on its own: it is replaced by a region of the same name saying
 * so, and the rest of the page stays.
 */
export function SlotBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={
        <section aria-label={name} className="rounded-xl border border-border bg-card p-4 text-card-foreground">
          <h2 className="mb-3 text-sm font-semibold tracking-wide">{name}</h2>
          <SectionError />
        </section>
      }
    >
      {children}
    </ErrorBoundary>
  )
}
