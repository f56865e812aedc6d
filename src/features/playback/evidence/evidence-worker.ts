// Builds the evidence index and answers claims, checks form figures against the call, and finds the points of
// interest, off the main thread: on a 3-hour transcript each takes longer than a frame, and the patterns that find
// figures and points take tens of milliseconds to compile on first use.
import { buildEvidenceIndex, type EvidenceIndex, type EvidenceSegment } from './evidence-index'
import type { EvidenceRequest, EvidenceResponse } from './evidence-messages'
import { saidFigures } from './figure-check'
import { findTranscriptPoints } from './transcript-points'

const segments: EvidenceSegment[] = []
let index: EvidenceIndex | null = null

self.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const request = event.data
  if (request.type === 'segments') segments.push(...request.segments)
  else if (request.type === 'index') index = buildEvidenceIndex(segments)
  else self.postMessage(answer(request))
}

function answer(request: Extract<EvidenceRequest, { id: number }>): EvidenceResponse {
  switch (request.type) {
    case 'find':
      return { id: request.id, evidence: index?.find(request.claim) ?? [] }
    case 'figures':
      return { id: request.id, said: saidFigures(request.claim, request.figures, index?.find(request.claim) ?? [], segments) }
    case 'points':
      return { id: request.id, points: findTranscriptPoints(segments) }
  }
}
