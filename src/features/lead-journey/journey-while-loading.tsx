import { useQueryClient } from '@tanstack/react-query'
import type { Call } from '@/entities/call/call-schema'
import { useNow } from '@/lib/dates/use-now'
import { JourneyPreview, LeadJourneyPlaceholder } from './journey-strip'
import { journeyPreview } from './journey-summary'
import { leadCallQueries } from './lead-calls-query'

/**
 * The lead's strip while its own code loads. With the lead's calls already in (the page waits a moment for
 * them as it starts), it says its sentence at once, as the server's first view of the call did.
 */
export function JourneyWhileLoading({ call }: { call: Call }) {
  const client = useQueryClient()
  const now = useNow()
  if (!call.leadId) return null
  const calls = client.getQueryData(leadCallQueries.all(call.leadId).queryKey)
  return calls ? <JourneyPreview preview={journeyPreview(calls, call, now)} /> : <LeadJourneyPlaceholder />
}
