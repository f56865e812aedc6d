import { spokenNumber } from '@/lib/text/spoken-number'
import type { Evidence, EvidenceSegment } from './evidence-index'
import { meaningfulWords } from './evidence-terms'
import type { FormFigure } from './form-figures'
import { findTranscriptPoints } from './transcript-points'

/** A figure said in the call, where it was said, and whether the form's figure agrees with it. */
export type SaidFigure = { phrase: string; value: number; moment: Evidence; agrees: boolean; relevant: boolean }

const NUMBER_SCALES = /^(?:hundred|thousand|million|billion|dozen|grand|k)$/i
/** Two figures this close (half a percent) are the same figure, rounded. */
const SAME_FIGURE = 0.005

/**
 * The figures said where the evidence for a form answer is heard (its segments and the answer after each), each
 * compared with the form's: the first that agrees, else every one said there that could be an answer, so a
 * difference shows both sides. A figure counting something the question does not name ("fourteen trucks" for a
 * question about stops) is no answer, and nor is an amount of money unless the form's figure is one.
 */
export function saidFigures(
  claim: string,
  figures: readonly FormFigure[],
  evidence: readonly Evidence[],
  segments: readonly EvidenceSegment[],
): SaidFigure[] {
  const isMoney = figures.some((figure) => figure.money)
  if (figures.length === 0) return []
  const claimTerms = new Set(meaningfulWords(claim).map((word) => word.term))
  const indices = [...new Set(evidence.flatMap((moment) => [moment.segmentIndex, moment.segmentIndex + 1]))]
  const said = indices.flatMap((segmentIndex) => {
    const segment = segments[segmentIndex]
    if (!segment?.timed) return []
    return findTranscriptPoints([segment]).flatMap((point) => {
      const value = spokenNumber(point.text)
      if (value === null || (point.kind !== 'number' && point.kind !== 'money')) return []
      const moment: Evidence = { segmentIndex, start: segment.start, ranges: [[point.matchStart, point.matchEnd]] }
      const relevant = point.kind === 'money' ? isMoney : namesWhatIsAsked(point.text, claimTerms)
      return [{ phrase: point.text, value, moment, agrees: figures.some((figure) => agrees(figure, value)), relevant }]
    })
  })
  const agreeing = said.find((figure) => figure.agrees)
  return agreeing ? [agreeing] : said.filter((figure) => figure.relevant)
}

/** A bare number ("a hundred and seventy"), or one counting a thing the question names. */
function namesWhatIsAsked(phrase: string, claimTerms: ReadonlySet<string>) {
  const nouns = meaningfulWords(phrase).filter((word) => !/^\d/.test(word.term) && !NUMBER_SCALES.test(phrase.slice(word.start, word.end)))
  return nouns.length === 0 || nouns.some((word) => claimTerms.has(word.term))
}

function agrees({ min, max }: FormFigure, value: number) {
  return value >= min * (1 - SAME_FIGURE) && value <= max * (1 + SAME_FIGURE)
}
