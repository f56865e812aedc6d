import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { callQueries } from '@/entities/call/call-queries'
import type { Call } from '@/entities/call/call-schema'
import { leadCallQueries } from '@/features/lead-journey/lead-calls-query'
import { loadDateData } from '@/lib/dates/load-date-data'
import { isUuid } from '@/lib/ids/uuid'

/**
 * The call route's loader: it starts the call's request without waiting for it, so the
 * first load overlaps the app's start-up and a navigation shows the page's own loading state.
 */
export function callLoader(client: QueryClient) {
  return ({ params: { id } }: LoaderFunctionArgs) => {
    if (!id || !isUuid(id)) return null
    const query = callQueries.detail(id)
    // A call that failed keeps showing its error until the page retries it, as it does on mount.
    if (client.getQueryState(query.queryKey)?.status !== 'error') {
      void client.prefetchQuery(query).then(() => prefetchLeadCalls(client, client.getQueryData(query.queryKey)))
    }
    // While the call is on its way, so its first render does not pay for the browser's date data.
    void loadDateData()
    return null
  }
}

/** The lead's other calls are asked for as soon as the call names its lead, not once the page showing them renders. */
function prefetchLeadCalls(client: QueryClient, call: Call | undefined) {
  if (call?.leadId) void client.prefetchQuery(leadCallQueries.all(call.leadId))
}
