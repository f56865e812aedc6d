import { useId, type ComponentProps, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { cn } from '@/lib/styles/cn'
import { SectionError } from './slot-boundary'

type PanelProps = Omit<ComponentProps<'section'>, 'aria-labelledby'> & {
  heading: string
  /** Counts, badges or actions beside the heading, outside its accessible name. */
  aside?: ReactNode
}

/** A named region whose accessible name is exactly its visible heading. */
export function Panel({ heading, aside, className, children, ...props }: PanelProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className={cn('min-w-0 rounded-xl border border-border bg-card p-4 text-card-foreground shadow-xs', className)}
      {...props}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide">
          {heading}
        </h2>
        {aside}
      </div>
      <ErrorBoundary fallback={<SectionError />}>{children}</ErrorBoundary>
    </section>
  )
}

/** A panel's frame and heading, holding its room until the panel itself mounts. */
export function PanelPlaceholder({ heading }: { heading: string }) {
  return <Panel heading={heading} className="min-h-64">{null}</Panel>
}
