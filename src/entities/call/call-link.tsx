import { useQueryClient } from '@tanstack/react-query'
import { Link, type LinkProps } from 'react-router'
import { callPath } from '@/lib/routes/route-paths'
import { callQueries } from './call-queries'

/**
 * A link to a call's page. Lists hold summaries without transcript or notes, so the full call
 * is fetched as soon as the link is pointed at or focused: opening it is then instant.
 */
export function CallLink({ id, ...props }: Omit<LinkProps, 'to'> & { id: string }) {
  const queryClient = useQueryClient()
  const prefetch = () => void queryClient.prefetchQuery(callQueries.detail(id))
  return <Link to={callPath(id)} onMouseEnter={prefetch} onFocus={prefetch} {...props} />
}
