import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { callQueries } from '@/entities/call/call-queries'
import { warmUpDateFormatting } from '@/lib/dates/dates'
import { isUuid } from '@/lib/ids/uuid'
import { whenIdle } from '@/lib/scheduling/when-idle'

/**
 * The call route's loader: it starts the call's request without waiting for it, so the
 * first load overlaps the app's start-up and a navigation shows the page's own loading state.
 */
export function callLoader(client: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!params.id || !isUuid(params.id)) return null
    const query = callQueries.detail(params.id)
    // A call that failed keeps showing its error until the page retries it, as it does on mount.
    if (client.getQueryState(query.queryKey)?.status !== 'error') void client.prefetchQuery(query)
    whenIdle(warmUpDateFormatting)
    return null
  }
}
