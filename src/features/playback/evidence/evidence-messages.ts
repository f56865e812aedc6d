import type { Evidence, EvidenceSegment } from './evidence-index'

/** What the page asks the evidence worker: index these segments, then find claims in them. */
export type EvidenceRequest = { type: 'index'; segments: EvidenceSegment[] } | { type: 'find'; id: number; claim: string }

export type EvidenceResponse = { id: number; evidence: Evidence[] }
