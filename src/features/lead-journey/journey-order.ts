import type { Call } from '@/entities/call/call-schema'

function scheduledTime(call: Call) {
  return call.scheduledAt?.date?.getTime() ?? null
}

/** Oldest first; calls without a readable date go last, in the order they came. */
function byScheduledTime(a: Call, b: Call) {
  const [first, second] = [scheduledTime(a), scheduledTime(b)]
  if (first === null || second === null) return Number(first === null) - Number(second === null)
  return first - second
}

/** The lead's calls in date order, with this page's call (the full, current copy) always among them. */
export function orderJourney(calls: readonly Call[], current: Call) {
  return [...calls.filter((call) => call.id !== current.id), current].sort(byScheduledTime)
}

export function isUpcoming(call: Call, now: Date) {
  return (scheduledTime(call) ?? Number.NEGATIVE_INFINITY) > now.getTime()
}
