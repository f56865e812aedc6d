import { closedCallEvidenceLabels } from '../../../../test/fixtures/evidence-labels'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { normalizeCall } from '@/entities/call/call-schema'
import { buildEvidenceIndex } from './evidence-index'
import { measureRetrieval } from '../../../../test/retrieval-quality'

const index = buildEvidenceIndex(normalizeCall(closedCall).transcript!.segments)

/** Claims a summary of this call could make up: nothing in the call supports them. */
const NEVER_SAID = [
  'Customer wants to migrate their Salesforce CRM data before the audit.',
  'The team discussed hiring two new warehouse managers in Texas.',
  'Budget approval requires the board sign-off in April.',
  'The lead prefers a monthly contract with a free trial.',
  'Security review with their IT department is scheduled next Tuesday.',
  'Marcus plays golf on weekends.',
  'They use Oracle for accounting and want a mobile app for sales reps.',
  'Rosa will be on vacation for two weeks in February.',
]

describe('evidence links on the closed demo call, against the segments a careful reader picked', () => {
  const quality = measureRetrieval(closedCallEvidenceLabels, (claim) => index.find(claim).map((found) => found.segmentIndex))

  it('links most claims, and its first link is right at least 85% of the time', () => {
    expect(quality.answered / quality.claims).toBeGreaterThanOrEqual(0.85)
    expect(quality.precisionAt1).toBeGreaterThanOrEqual(0.85)
  })

  it('finds close to half of what the reader picked within its three links', () => {
    expect(quality.recallAt3).toBeGreaterThanOrEqual(0.45)
  })

  it('offers no link for all but one of eight claims never said in the call', () => {
    const linked = NEVER_SAID.filter((claim) => index.find(claim).length > 0)
    expect(linked.length).toBeLessThanOrEqual(1)
  })
})
