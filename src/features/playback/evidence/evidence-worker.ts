// Builds the evidence index and answers claims off the main thread: indexing a 3-hour transcript is
// longer than a frame.
import { buildEvidenceIndex, type EvidenceIndex } from './evidence-index'
import type { EvidenceRequest, EvidenceResponse } from './evidence-messages'

let index: EvidenceIndex | null = null

self.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const request = event.data
  if (request.type === 'index') {
    index = buildEvidenceIndex(request.segments)
    return
  }
  const response: EvidenceResponse = { id: request.id, evidence: index?.find(request.claim) ?? [] }
  self.postMessage(response)
}
