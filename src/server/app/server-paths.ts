import { SERVER_MODE_PATH } from '../../api/server-mode-path.ts'
import { isApiNamespace } from '../api/api-route.ts'

const OPS_PATHS = ['/healthz', '/readyz', SERVER_MODE_PATH]

/** Paths this server answers itself, never the page: the API and the ops routes. */
export function isServerPath(url: string) {
  const path = url.split(/[?#]/, 1)[0] ?? ''
  return isApiNamespace(url) || OPS_PATHS.includes(path)
}
