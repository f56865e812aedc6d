import { Link } from 'react-router'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'
import { cn } from '@/lib/styles/cn'

/** The way out of every error page. */
export function StartPageLink({ className }: { className?: string }) {
  return (
    <Link to={ROUTE_PATHS.start} className={cn('inline-block text-link underline underline-offset-2', className)}>
      Go to the start page
    </Link>
  )
}
