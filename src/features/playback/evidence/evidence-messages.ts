import type { PointOfInterest } from '@/features/playback/insights/points-of-interest'
import type { Evidence, EvidenceSegment } from './evidence-index'

/** A point of interest as the worker finds it: the page adds its time and speaker from the transcript. */
export type FoundPoint = Omit<PointOfInterest, 'speaker' | 'start' | 'timed'>

/** What the page asks the evidence worker: index these segments, then find claims, or the points of interest, in them. */
export type EvidenceRequest =
  | { type: 'index'; segments: EvidenceSegment[] }
  | { type: 'find'; id: number; claim: string }
  | { type: 'points'; id: number }

export type EvidenceResponse = { id: number; evidence: Evidence[] } | { id: number; points: FoundPoint[] }
