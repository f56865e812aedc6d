// The mode's controls, a chunk of their own: the first script only knows whether the mode is on.
import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { Button } from '@/components/ui/button'
import { PRIVATE_PARAM, setPrivateMode, usePrivateMode } from '@/lib/privacy/private-mode'
import { loadCallMasker } from './use-shown-call'

/** The address says ?private=1 while the mode is on, so the current address, shared, keeps it on. */
function useAddressInStep(on: boolean) {
  const { pathname, search, hash } = useLocation()
  const navigate = useNavigate()
  useEffect(() => {
    const params = new URLSearchParams(search)
    if (on === (params.get(PRIVATE_PARAM) === '1')) return
    if (on) params.set(PRIVATE_PARAM, '1')
    else params.delete(PRIVATE_PARAM)
    const next = params.toString()
    void navigate({ pathname, search: next && `?${next}`, hash }, { replace: true, preventScrollReset: true })
  }, [on, pathname, search, hash, navigate])
}

/** Turns screen-share safe mode on and off; turning it on waits for the masking code, so nothing shows unmasked. */
export function PrivateModeToggle() {
  const on = usePrivateMode()
  useAddressInStep(on)
  const toggle = async () => {
    if (!on) await loadCallMasker()
    setPrivateMode(!on)
  }
  return (
    <Button
      variant="ghost"
      aria-pressed={on}
      size="sm"
      className="shrink-0 whitespace-nowrap aria-pressed:bg-primary aria-pressed:text-primary-foreground aria-pressed:hover:bg-primary/90"
      onClick={() => void toggle()}
    >
      {/* On a phone the top bar has room for an icon only; the name stays the same. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current stroke-2 sm:hidden">
        <path d="M3 3l18 18M10.6 5.1A9.9 9.9 0 0 1 12 5c5 0 9 4.5 10 7a13 13 0 0 1-3.2 4.3M6.3 6.3A13 13 0 0 0 2 12c1 2.5 5 7 10 7a9.9 9.9 0 0 0 4.2-.9M9.9 9.9a3 3 0 0 0 4.2 4.2" />
      </svg>
      <span className="max-sm:sr-only">Screen-share safe</span>
    </Button>
  )
}

/** Said plainly across the foot of the top bar while the mode is on. */
export function PrivateModeBanner() {
  if (!usePrivateMode()) return null
  return (
    <p role="note" className="border-t border-primary/40 bg-accent px-4 py-2 text-center text-sm font-medium text-foreground">
      Screen-share safe: personal data hidden<span className="max-sm:sr-only"> — emails, phone numbers, addresses and amounts</span>
    </p>
  )
}
