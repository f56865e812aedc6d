// Typed facts about the demo data for assertions, checked so a changed fixture fails loudly.
import { closedCall } from '../src/mock-api/demo-data/closed-call.ts'
import { demoCalls } from '../src/mock-api/demo-data/demo-store.ts'
import type { Json } from '../src/mock-api/demo-data/json.ts'
import { demoLeads } from '../src/mock-api/demo-data/people.ts'

function text(value: Json | undefined): string {
  if (typeof value !== 'string') throw new Error(`expected text in the demo data, got ${JSON.stringify(value)}`)
  return value
}

const closedLead = demoLeads.find((lead) => lead.id === closedCall.lead_id)

export const closedCallFacts = {
  leadName: text(closedLead?.full_name),
  leadEmail: text(closedLead?.email),
  dealValue: '$4,800.00',
}

export const demoCallIds = demoCalls.map((call) => text(call.id))
