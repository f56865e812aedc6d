import { usePageContext } from './server-mode'

/** AUTH_MODE=none on an address other machines reach: said plainly on every page. */
export function NotProtectedNotice() {
  if (!usePageContext().exposed) return null
  return (
    <p role="note" className="border-b border-danger/40 bg-danger-soft px-4 py-2 text-center text-sm font-medium text-danger">
      Not protected: anyone who can reach this address can read your calls
    </p>
  )
}
