import type { PointOfInterest } from '@/features/playback/insights/points-of-interest'
import type { Evidence, EvidenceSegment } from './evidence-index'
import type { SaidFigure } from './figure-check'
import type { FormFigure } from './form-figures'

/** A point of interest as the worker finds it: the page adds its time and speaker from the transcript. */
export type FoundPoint = Omit<PointOfInterest, 'speaker' | 'start' | 'timed'>

/**
 * What the page asks the evidence worker: take these segments (a long transcript comes in several messages), index
 * them, then find claims, the figures said where a claim is heard, or the points of interest, in them.
 */
export type EvidenceRequest =
  | { type: 'segments'; segments: EvidenceSegment[] }
  | { type: 'index' }
  | { type: 'find'; id: number; claim: string }
  | { type: 'figures'; id: number; claim: string; figures: FormFigure[] }
  | { type: 'points'; id: number }

export type EvidenceResponse =
  | { id: number; evidence: Evidence[] }
  | { id: number; said: SaidFigure[] }
  | { id: number; points: FoundPoint[] }
