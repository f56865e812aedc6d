// Figures only count when each subject did the work: warns about a sweep cut
// short, a wrong highlight, a blank frame while scrolling, or a wrong match count.
import { PLAYBACK_STEPS, SEEK_JUMPS } from './measure-subject'
import type { BenchFigures } from './results-table'

export function sanityWarnings(figures: BenchFigures, expectedMatches: number) {
  return Object.entries(figures).flatMap(([name, subject]) => {
    const warnings: string[] = []
    const ticks = subject.seek.count + subject.step.count
    if (ticks < SEEK_JUMPS + PLAYBACK_STEPS) warnings.push(`ran out of time after ${ticks} of ${SEEK_JUMPS + PLAYBACK_STEPS} playback ticks`)
    const wrong = subject.seek.wrongHighlights + subject.step.wrongHighlights
    if (wrong > 0) warnings.push(`${wrong} ticks ended with the wrong segment highlighted`)
    const { blankFrames, frames } = subject.scroll
    if (blankFrames > 0) warnings.push(`${blankFrames} of ${frames} scroll frames painted no row mid-view`)
    if (subject.search.matches !== expectedMatches) warnings.push(`counted ${subject.search.matches} matches, expected ${expectedMatches}`)
    return warnings.map((warning) => `${name}: ${warning}`)
  })
}
