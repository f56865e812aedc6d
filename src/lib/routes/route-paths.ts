import { generatePath, matchPath } from 'react-router'

/** Every address the app answers, in one place: the router, links and share links build on these. */
export const ROUTE_PATHS = {
  start: '/',
  call: '/calls/:id',
} as const

export function callPath(id: string) {
  return generatePath(ROUTE_PATHS.call, { id })
}

/** The call id a `/calls/:id` address names, or null for any other address. */
export function callIdInPath(pathname: string) {
  return matchPath(ROUTE_PATHS.call, pathname)?.params.id ?? null
}
