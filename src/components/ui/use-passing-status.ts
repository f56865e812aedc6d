import { useEffect, useState } from 'react'

/** How long a confirmation such as "Copied" stays beside its button. */
const SHOWN_FOR_MS = 2500

/** A status that clears itself a moment after it is set: the confirmation of a copy or a share. */
export function usePassingStatus<T>() {
  const [status, setStatus] = useState<T | null>(null)
  useEffect(() => {
    if (status === null) return
    const timer = setTimeout(() => setStatus(null), SHOWN_FOR_MS)
    return () => clearTimeout(timer)
  }, [status])
  return [status, setStatus] as const
}
