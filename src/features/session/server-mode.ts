import { queryOptions, useQuery } from '@tanstack/react-query'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'

export type Viewer = { email: string; name: string | null }
export type SignOut = { method: 'post' | 'get'; url: string }

/** What the server says of itself: demo or live data, who is signed in, how to sign out, and whether it is unprotected. */
export type PageContext = { mode: 'demo' | 'live'; viewer: Viewer | null; signOut: SignOut | null; exposed: boolean }

const UNKNOWN: PageContext = { mode: 'live', viewer: null, signOut: null, exposed: false }

async function fetchPageContext(signal: AbortSignal): Promise<PageContext> {
  const response = await fetch(SERVER_MODE_PATH, { signal })
  const body: unknown = response.ok ? await response.json() : null
  return readPageContext(body)
}

/** Reads the answer strictly: anything unexpected counts as live data with nobody named. */
export function readPageContext(body: unknown): PageContext {
  if (typeof body !== 'object' || body === null) return UNKNOWN
  const { mode, viewer, signOut, exposed } = body as Record<string, unknown>
  return {
    mode: mode === 'demo' ? 'demo' : 'live',
    viewer: isViewer(viewer) ? { email: viewer.email, name: typeof viewer.name === 'string' && viewer.name ? viewer.name : null } : null,
    signOut: isSignOut(signOut) ? { method: signOut.method, url: signOut.url } : null,
    exposed: exposed === true,
  }
}

function isViewer(value: unknown): value is { email: string; name?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { email?: unknown }).email === 'string'
}

function isSignOut(value: unknown): value is SignOut {
  if (typeof value !== 'object' || value === null) return false
  const { method, url } = value as Record<string, unknown>
  return (method === 'post' || method === 'get') && typeof url === 'string' && /^(\/(?!\/)|https:\/\/)/.test(url)
}

export const pageContextQuery = queryOptions({
  queryKey: ['page-context'],
  queryFn: ({ signal }) => fetchPageContext(signal),
  staleTime: Infinity,
  retry: false,
})

export function usePageContext() {
  return useQuery(pageContextQuery).data ?? UNKNOWN
}

/** Whether the server answers from the built-in demo data; unknown counts as live. */
export function useIsDemo() {
  return usePageContext().mode === 'demo'
}
