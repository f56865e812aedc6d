import type { PointKind } from './points-of-interest'

export type Span = { kind: PointKind; start: number; end: number }

/** Adds a span unless it is empty or the same stretch of text was already reported. */
export function addSpan(spans: Span[], kind: PointKind, start: number, end: number) {
  if (end > start && !spans.some((span) => span.start === start && span.end === end)) spans.push({ kind, start, end })
}
