import { Button } from '@/components/ui/button'
import { safeHref, WEB_PROTOCOLS } from '@/lib/url/safe-url'
import { usePageContext } from './server-mode'

/** Who is signed in, and the way out: a form posted to this server, or the sign-in proxy's own sign-out page. */
export function ViewerMenu() {
  const { viewer, signOut } = usePageContext()
  if (!viewer) return null
  const shown = viewer.name ?? viewer.email
  const signOutHref = signOut?.method === 'get' ? safeHref(signOut.url, WEB_PROTOCOLS) : null
  return (
    <div className="flex min-w-0 items-center gap-2">
      <p className="min-w-0 truncate text-sm" title={viewer.name ? `${viewer.name} (${viewer.email})` : viewer.email}>
        <span className="sr-only">Signed in as </span>
        {shown}
      </p>
      {signOut?.method === 'post' && (
        <form method="post" action={signOut.url} aria-label="Sign out" className="shrink-0">
          <Button type="submit" variant="ghost" size="sm" className="whitespace-nowrap">
            Sign out
          </Button>
        </form>
      )}
      {signOutHref && (
        <a href={signOutHref} className="shrink-0 rounded-md px-3 py-1.5 text-xs font-medium whitespace-nowrap hover:bg-muted">
          Sign out
        </a>
      )}
    </div>
  )
}
