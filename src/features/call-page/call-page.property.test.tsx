import fc from 'fast-check'
import { anyJson, callShapedBody, isFreeOfLeakWords, lookupBody, unicodeText } from '../../../test/arbitraries'
import { describeCallPage, expectNoLeakedValues, expectOnlySafeLinks, loadLazyPanels, renderSeededCallPage, unmountPage } from '../../../test/seeded-call-page'

const lookups = fc.record({ lead: lookupBody, closer: lookupBody, setter: lookupBody, product: lookupBody, payment: lookupBody }, { requiredKeys: [] })

/** A shared link's own parameters: a transcript search and a start time, sensible or not. */
const search = fc
  .record({ q: fc.oneof(fc.constantFrom('a', 'e', 'ss', 'İ', ' '), unicodeText), t: fc.oneof(fc.constantFrom('90', '1:02:03', '99999999', '-5'), fc.string()) }, { requiredKeys: [] })
  .map((params) => `?${new URLSearchParams(params).toString()}`)

/** The API reference's one fatal case: a body that is not an object with an id. */
function hasCallId(body: unknown) {
  return typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string' && body.id.trim() !== ''
}

beforeAll(loadLazyPanels, 30_000)

describe('call page', () => {
  // A thousand full renders take a while on a busy machine; the timeout only guards against a hang.
  it('shows the whole call for any JSON object with an id, and says the response was unexpected for anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.oneof(anyJson, callShapedBody), lookups, search).filter(isFreeOfLeakWords), async ([body, looked, query]) => {
        await renderSeededCallPage(body, looked, query)
        expect(describeCallPage()).toBe(hasCallId(body) ? 'whole call' : 'unexpected response')
        expectNoLeakedValues()
        expectOnlySafeLinks()
      }).afterEach(unmountPage),
    )
  }, 900_000)
})
