import { useLocation } from 'react-router'
import { signInAgainHref, useSessionEnded } from './session-ended'

/** Shown over the page, whatever it shows, once a request finds the session has ended. */
export function SessionEndedNotice() {
  const ended = useSessionEnded()
  const location = useLocation()
  if (!ended) return null
  const href = signInAgainHref(location, document.querySelector<HTMLMediaElement>('audio, video'))
  return (
    <div role="alert" className="sticky top-0 z-40 border-b border-warning/40 bg-warning-soft print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <p className="text-sm">
          <strong className="font-semibold">Your session has ended.</strong> Sign in again to keep reviewing; you’ll come back to this moment.
        </p>
        {/* A full page load: sign-in happens on the server, at the provider. */}
        <a href={href} className="rounded-md bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground hover:bg-primary/90">
          Sign in again
        </a>
      </div>
    </div>
  )
}
