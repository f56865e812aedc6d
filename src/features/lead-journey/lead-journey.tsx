import { useQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import type { Call } from '@/entities/call/call-schema'
import { useNow } from '@/lib/dates/use-now'
import { cn } from '@/lib/styles/cn'
import { JOURNEY_CALL_BOX } from './journey-call'
import { JourneyList } from './journey-list'
import { orderJourney } from './journey-order'
import { describeJourney } from './journey-summary'
import { leadCallQueries, type LeadCalls } from './lead-calls-query'

export const LEAD_JOURNEY_HEADING = 'Calls with this lead'

/**
 * The lead's other calls, above the panels. It loads and fails on its own: a call without a lead,
 * or a lead the API doesn't know, shows no strip at all.
 */
export function LeadJourney({ call }: { call: Call }) {
  const query = useQuery(leadCallQueries.all(call.leadId))
  const unknownLead = isApiError(query.error) && query.error.status === 404
  if (!call.leadId || (unknownLead && !query.data)) return null
  return (
    <Strip>
      {query.data ? (
        <Journey calls={query.data} call={call} />
      ) : query.error ? (
        <JourneyError onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : (
        <JourneyLoading />
      )}
    </Strip>
  )
}

/** A compact named region: the heading with a line beside it, then (when there is one) the row of calls. */
function Strip({ children }: { children: ReactNode }) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-2 rounded-xl border border-border bg-card px-4 py-3 text-card-foreground shadow-xs"
    >
      <h2 id={headingId} className="text-sm font-semibold tracking-wide">
        {LEAD_JOURNEY_HEADING}
      </h2>
      {children}
    </section>
  )
}

function Journey({ calls, call }: { calls: LeadCalls; call: Call }) {
  const now = useNow()
  const journey = orderJourney(calls.calls, call)
  const summary = describeJourney({ journey, current: call, now, truncated: calls.truncated })
  const text = calls.skipped > 0 ? `${summary} ${unreadNote(calls.skipped)}` : summary
  return (
    <>
      <p className="text-sm text-muted-foreground">{text}</p>
      {journey.length > 1 && <JourneyList journey={journey} currentId={call.id} truncated={calls.truncated} />}
    </>
  )
}

function unreadNote(skipped: number) {
  return skipped === 1 ? '1 call couldn’t be read.' : `${skipped} calls couldn’t be read.`
}

/** Quiet, as the rest of the call is all there: a line and a way to try again. */
function JourneyError({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    <>
      <p className="text-sm text-muted-foreground">Couldn’t load the lead’s other calls.</p>
      <Button onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </Button>
    </>
  )
}

/** The room the strip takes once loaded: a line of text and a row of calls. */
function JourneyLoading() {
  return (
    <>
      <Skeleton className="h-5 w-72 max-w-full self-center max-sm:h-10" />
      <div aria-busy="true" className="-m-1 flex basis-full gap-2 overflow-hidden p-1">
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} className={cn(JOURNEY_CALL_BOX, 'w-60 border-transparent sm:w-72')} />
        ))}
        <span className="sr-only">Loading the lead’s other calls…</span>
      </div>
    </>
  )
}
