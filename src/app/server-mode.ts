import { queryOptions, useQuery } from '@tanstack/react-query'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'

async function fetchServerMode(signal: AbortSignal): Promise<'demo' | 'live'> {
  const response = await fetch(SERVER_MODE_PATH, { signal })
  const body: unknown = response.ok ? await response.json() : null
  return typeof body === 'object' && body !== null && 'mode' in body && body.mode === 'demo' ? 'demo' : 'live'
}

const serverModeQuery = queryOptions({
  queryKey: ['server-mode'],
  queryFn: ({ signal }) => fetchServerMode(signal),
  staleTime: Infinity,
  retry: false,
})

/** Whether the server answers from the built-in demo data; unknown counts as live. */
export function useIsDemo() {
  return useQuery({ ...serverModeQuery, select: (mode) => mode === 'demo' }).data ?? false
}
