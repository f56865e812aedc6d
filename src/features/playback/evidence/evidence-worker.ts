// Builds the evidence index and answers claims, and finds the points of interest, off the main thread: on a
// 3-hour transcript each takes longer than a frame.
import { buildEvidenceIndex, type EvidenceIndex, type EvidenceSegment } from './evidence-index'
import type { EvidenceRequest, EvidenceResponse } from './evidence-messages'
import { findTranscriptPoints } from './transcript-points'

let segments: EvidenceSegment[] = []
let index: EvidenceIndex | null = null

self.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const request = event.data
  if (request.type === 'index') {
    segments = request.segments
    index = buildEvidenceIndex(segments)
    return
  }
  const response: EvidenceResponse =
    request.type === 'find'
      ? { id: request.id, evidence: index?.find(request.claim) ?? [] }
      : { id: request.id, points: findTranscriptPoints(segments) }
  self.postMessage(response)
}
