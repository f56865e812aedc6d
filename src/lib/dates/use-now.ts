import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` so "in 5 minutes" does not go stale
 * on an open page. A `fixed` time (tests, screenshots) is returned as is and never ticks.
 */
export function useNow(fixed?: Date, intervalMs = 60_000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (fixed) return
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [fixed, intervalMs])
  return fixed ?? new Date(now)
}
