import { findPointsOfInterest } from '@/features/playback/insights/points-of-interest'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import type { EvidenceSegment } from './evidence-index'
import type { FoundPoint } from './evidence-messages'

const NOBODY: Speaker = { key: 'unknown', label: '', slot: 0 }

/** The points of interest in the segments' text, without the times and speakers the page adds back. */
export function findTranscriptPoints(segments: readonly EvidenceSegment[]): FoundPoint[] {
  const model = { segments: segments.map((segment) => ({ ...segment, end: segment.start, speaker: null })), speakerOf: segments.map(() => NOBODY) }
  return findPointsOfInterest(model).map(({ kind, segmentIndex, text, matchStart, matchEnd }) => ({ kind, segmentIndex, text, matchStart, matchEnd }))
}
