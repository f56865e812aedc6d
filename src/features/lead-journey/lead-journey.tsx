import { useQuery } from '@tanstack/react-query'
import { isApiError } from '@/api/api-error'
import { Button } from '@/components/ui/button'
import type { Call } from '@/entities/call/call-schema'
import { useNow } from '@/lib/dates/use-now'
import { JourneyList } from './journey-list'
import { JourneyCaption, JourneyLoading, JourneyStrip } from './journey-strip'
import { orderJourney } from './journey-order'
import { journeyCaption } from './journey-summary'
import { leadCallQueries, type LeadCalls } from './lead-calls-query'

/**
 * The lead's other calls, above the panels. It loads and fails on its own: a call without a lead,
 * or a lead the API doesn't know, shows no strip at all.
 */
export function LeadJourney({ call }: { call: Call }) {
  const query = useQuery(leadCallQueries.all(call.leadId))
  const unknownLead = isApiError(query.error) && query.error.status === 404
  if (!call.leadId || (unknownLead && !query.data)) return null
  return (
    <JourneyStrip>
      {query.data ? (
        <Journey calls={query.data} call={call} />
      ) : query.error ? (
        <JourneyError onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : (
        <JourneyLoading />
      )}
    </JourneyStrip>
  )
}

function Journey({ calls, call }: { calls: LeadCalls; call: Call }) {
  const now = useNow()
  const journey = orderJourney(calls.calls, call)
  return (
    <>
      <JourneyCaption words={journeyCaption(calls, journey, call, now)} />
      {journey.length > 1 && <JourneyList journey={journey} currentId={call.id} truncated={calls.truncated} />}
    </>
  )
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
