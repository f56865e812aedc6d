type LabelledClaim = { claim: string; segments: readonly number[] }

/**
 * How well a retriever finds labelled claims: precision@1 over the claims it links at all, and recall@3, the
 * share of the labelled segments (up to three per claim) among its first three links, averaged over every claim.
 */
export function measureRetrieval(labels: readonly LabelledClaim[], retrieve: (claim: string) => number[]) {
  let answered = 0
  let firstRight = 0
  let recallSum = 0
  for (const { claim, segments } of labels) {
    const found = retrieve(claim).slice(0, 3)
    if (found.length > 0) answered += 1
    if (found[0] !== undefined && segments.includes(found[0])) firstRight += 1
    recallSum += found.filter((segment) => segments.includes(segment)).length / Math.min(3, segments.length)
  }
  return {
    claims: labels.length,
    answered,
    precisionAt1: answered === 0 ? 0 : firstRight / answered,
    recallAt3: labels.length === 0 ? 0 : recallSum / labels.length,
  }
}
