// Which browser requests under /api may reach the upstream, and as what. Only
// the reads the page makes pass; the upstream path is rebuilt from the checked
// parts, so nothing the browser wrote is forwarded as it was written.

/** A read the upstream may answer: its path and canonical query, e.g. `/v1/calls?limit=20`. */
export type ApiRoute = { target: string }

const RESOURCES: readonly string[] = ['calls', 'leads', 'team', 'products', 'payments']
const LIST_QUERY_KEYS = ['cursor', 'lead_id', 'limit', 'status']
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/
const MAX_QUERY_VALUE_LENGTH = 256
const FORBIDDEN_IN_SEGMENT = /[/\\\p{Cc}]/u

/**
 * Whether a path belongs to the API, in any spelling (`/API/…`, `/api.json`,
 * `//api`, `/%61pi`): such paths get API answers, never the page.
 */
export function isApiNamespace(rawUrl: string) {
  const path = pathOf(rawUrl)
  return /^\/+api(?![a-z0-9_-])/.test((safeDecode(path) ?? path).toLowerCase())
}

/**
 * The upstream read for a GET or HEAD of `/api/v1/calls`, `/api/v1/calls/{id}`,
 * `/api/v1/{leads,team,products,payments}/{id}`, after decoding and resolving
 * dot segments; null for anything else. An encoded slash never splits a segment.
 */
export function resolveApiRoute(method: string, rawUrl: string): ApiRoute | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  const path = pathOf(rawUrl)
  if (!path.startsWith('/')) return null
  const segments = resolveDotSegments(path.split('/').slice(1).map(safeDecode))
  if (!segments) return null

  const [api, version, resource, id, ...rest] = segments
  if (api !== 'api' || version !== 'v1' || resource === undefined || !RESOURCES.includes(resource) || rest.length > 0) return null
  if (id === undefined) {
    if (resource !== 'calls') return null
    const query = listQuery(rawUrl)
    return query === null ? null : { target: query ? `/v1/calls?${query}` : '/v1/calls' }
  }
  return ID.test(id) ? { target: `/v1/${resource}/${id}` } : null
}

function pathOf(rawUrl: string) {
  return rawUrl.split(/[?#]/, 1)[0] ?? ''
}

function listQuery(rawUrl: string): string | null {
  const queryStart = rawUrl.indexOf('?')
  const params = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1).split('#', 1)[0])
  const kept = new URLSearchParams()
  for (const key of LIST_QUERY_KEYS) {
    const value = params.get(key)
    if (value === null) continue
    if (value.length > MAX_QUERY_VALUE_LENGTH) return null
    kept.set(key, value)
  }
  return kept.toString()
}

function resolveDotSegments(segments: (string | null)[]): string[] | null {
  const resolved: string[] = []
  for (const segment of segments) {
    if (segment === null || FORBIDDEN_IN_SEGMENT.test(segment)) return null
    if (segment === '.') continue
    if (segment === '..') {
      if (resolved.pop() === undefined) return null
      continue
    }
    resolved.push(segment)
  }
  return resolved
}

function safeDecode(text: string) {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
