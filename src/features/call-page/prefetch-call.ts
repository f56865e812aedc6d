import type { QueryClient } from '@tanstack/react-query'
import { callQueries } from '@/entities/call/call-queries'
import { isUuid } from '@/lib/ids/uuid'

/**
 * Starts loading the call a `/calls/:id` address names before React first renders,
 * so the request overlaps the app's start-up instead of following it.
 */
export function prefetchCallAt(pathname: string, client: QueryClient) {
  const id = /^\/calls\/([^/]+)\/?$/.exec(pathname)?.[1]
  if (id && isUuid(id)) void client.prefetchQuery(callQueries.detail(id))
}
