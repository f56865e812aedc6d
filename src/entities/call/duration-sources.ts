import type { Call } from './call-schema'

export type DurationSource = 'listed' | 'timestamps' | 'transcript'
export type DurationReading = { source: DurationSource; seconds: number }

/** How far two readings may differ before the panel says they disagree. */
export const DISAGREEMENT_SECONDS = 60

type DurationInput = Pick<Call, 'durationMinutes' | 'startedAt' | 'endedAt' | 'transcript'>

/**
 * Every length of the call the data can tell, most trusted first: the call's own
 * `duration_minutes`, then start to end, then the transcript. Impossible readings
 * (negative, an end before the start, an empty transcript) are left out.
 */
export function readDurations(call: DurationInput): DurationReading[] {
  const readings: DurationReading[] = []
  if (call.durationMinutes !== null && call.durationMinutes >= 0) {
    readings.push({ source: 'listed', seconds: call.durationMinutes * 60 })
  }
  const started = call.startedAt?.date
  const ended = call.endedAt?.date
  if (started && ended && ended.getTime() >= started.getTime()) {
    readings.push({ source: 'timestamps', seconds: (ended.getTime() - started.getTime()) / 1000 })
  }
  const spoken = call.transcript?.lengthSeconds ?? null
  if (spoken !== null) readings.push({ source: 'transcript', seconds: spoken })
  return readings
}

export function resolveDuration(call: DurationInput) {
  const readings = readDurations(call)
  const seconds = readings.map((reading) => reading.seconds)
  const spread = seconds.length > 1 ? Math.max(...seconds) - Math.min(...seconds) : 0
  return { best: readings[0] ?? null, readings, disagree: spread > DISAGREEMENT_SECONDS }
}
