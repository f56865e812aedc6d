import fc from 'fast-check'
import { isFreeOfLeakWords } from '../../../test/arbitraries'
import { hostileTextCall, hostileTextLookups } from '../../../test/hostile-text-arbitraries'
import {
  describeCallPage,
  expectNoLeakedValues,
  expectOnlySafeLinks,
  getCallHeading,
  getPanel,
  loadLazyPanels,
  renderSeededCallPage,
  unmountPage,
} from '../../../test/seeded-call-page'

beforeAll(loadLazyPanels, 30_000)

describe('call page', () => {
  // A thousand full renders take a while on a busy machine; the timeout only guards against a hang.
  it('shows any text in any field as text: no script, no unsafe link, and the transcript intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(hostileTextCall, hostileTextLookups).filter(isFreeOfLeakWords), async ([body, lookups]) => {
        await renderSeededCallPage(body, lookups)
        expect(describeCallPage()).toBe('whole call')
        expectOnlySafeLinks()
        expectNoLeakedValues()

        const leadName = lookups.lead.full_name
        expect(getCallHeading().textContent).toBe(leadName.trim() ? `Call with ${leadName}` : 'Call 550e8400')
        const spoken = body.transcript_data.segments.map((segment) => segment.text).filter((text) => text.trim())
        const transcript = getPanel('Transcript').textContent
        for (const text of spoken.length > 0 ? spoken : ['No transcript for this call.']) {
          expect(transcript).toContain(text)
        }
      }).afterEach(unmountPage),
    )
  }, 900_000)
})
