import type { Call } from '@/entities/call/call-schema'

/** The call's name: its lead's once known, else the start of its id. */
export function callTitle(call: Pick<Call, 'id'>, leadName: string | null | undefined) {
  return leadName ? `Call with ${leadName}` : `Call ${call.id.slice(0, 8)}`
}
