import { useRouteError } from 'react-router'
import { StartPageLink } from './start-page-link'

/** What the router shows when a page throws while rendering: what happened, and ways out. */
export function RouteError() {
  const error = useRouteError()
  const detail = error instanceof Error ? error.message : null
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">This page couldn’t be displayed</h1>
      <p className="mt-2 text-muted-foreground">Something unexpected went wrong while showing it.</p>
      {detail && <p className="mt-2 text-sm wrap-anywhere text-muted-foreground">{detail}</p>}
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={() => window.location.reload()} className="text-link underline underline-offset-2">
          Reload the page
        </button>
        <StartPageLink />
      </div>
    </div>
  )
}
