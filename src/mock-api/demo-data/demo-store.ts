import { closedCall } from './closed-call.ts'
import { closedLeadKickoffCall, closedLeadNoShowCall } from './closed-lead-calls.ts'
import type { JsonObject } from './json.ts'
import { createLongCall } from './long-call.ts'
import { legacyCall, noShowCall, sparseCall, upcomingCall } from './other-calls.ts'

function scheduledTime(call: JsonObject) {
  return typeof call.scheduled_at === 'string' ? Date.parse(call.scheduled_at) : Number.NEGATIVE_INFINITY
}

/** Newest first, by `scheduled_at`. */
export const demoCalls: JsonObject[] = [
  closedCall,
  closedLeadNoShowCall,
  closedLeadKickoffCall,
  upcomingCall,
  noShowCall,
  legacyCall,
  sparseCall,
  createLongCall(),
].sort((a, b) => scheduledTime(b) - scheduledTime(a))
