import MiniSearch from 'minisearch'
import { inSlices } from '@/lib/scheduling/in-slices'
import { indexTerm, meaningfulWords, words } from './evidence-terms'

/** A transcript moment that supports a claim, with the words in it that match the claim. */
export type Evidence = { segmentIndex: number; start: number; ranges: [start: number, end: number][] }

export type EvidenceSegment = { text: string; start: number; timed: boolean }

/** Segments per retrieval window: a claim is often said over a question and its answer. */
const WINDOW = 2
const MAX_LINKS = 3
/** Links closer than this in time point at one moment: the earlier stands for both. */
const MIN_GAP_SECONDS = 20
/**
 * Below either floor a link is more likely wrong than right: the share of the claim's distinct terms the
 * window holds, and the window's BM25 score against the best window's.
 */
const MIN_COVERAGE = 0.25
const MIN_MATCHED_TERMS = 3
const MIN_RELATIVE_SCORE = 0.3

type Window = { id: number; text: string }

/** Windows indexed per slice when indexing shares the main thread: a few milliseconds each. */
const SLICE = 250

/** The transcript's windows, indexed for BM25 search over stemmed words without stop words. */
export function buildEvidenceIndex(segments: readonly EvidenceSegment[]) {
  const search = createEvidenceSearch(segments)
  search.addWindows(0, segments.length)
  return search
}

/**
 * The same index built in slices between other tasks once the page is idle, for a platform without workers; null when
 * `cancelled` says the page no longer needs it.
 */
export async function buildEvidenceIndexInSlices(segments: readonly EvidenceSegment[], cancelled: () => boolean) {
  const search = createEvidenceSearch(segments)
  const built = await inSlices(segments.length, SLICE, (from, to) => search.addWindows(from, to), cancelled)
  return built ? search : null
}

function createEvidenceSearch(segments: readonly EvidenceSegment[]) {
  const index = new MiniSearch<Window>({ fields: ['text'], tokenize: words, processTerm: indexTerm })

  return {
    addWindows(from: number, to: number) {
      const windows: Window[] = []
      for (let first = from; first < Math.min(to, segments.length); first += 1) {
        const last = Math.min(segments.length, first + WINDOW)
        windows.push({ id: first, text: segments.slice(first, last).map((segment) => segment.text).join('\n') })
      }
      index.addAll(windows)
    },

    /** Up to three moments that support `claim`, best first; none when no window clears the floors. */
    find(claim: string): Evidence[] {
      const claimTerms = new Set(meaningfulWords(claim).map((word) => word.term))
      if (claimTerms.size === 0) return []
      const results = index.search(claim, { combineWith: 'OR' })
      const best = results[0]?.score ?? 0
      const found: Evidence[] = []
      for (const result of results) {
        if (found.length === MAX_LINKS || result.score < best * MIN_RELATIVE_SCORE) break
        const matched = new Set(result.terms)
        if (matched.size < Math.min(MIN_MATCHED_TERMS, claimTerms.size) || matched.size / claimTerms.size < MIN_COVERAGE) continue
        const evidence = strongestSegment(segments, Number(result.id), matched)
        if (evidence && found.every((other) => Math.abs(other.start - evidence.start) >= MIN_GAP_SECONDS)) found.push(evidence)
      }
      return found
    },
  }
}

export type EvidenceIndex = ReturnType<typeof createEvidenceSearch>

/** The timed segment of a window that holds the most of the matched terms, with where they are in it. */
function strongestSegment(segments: readonly EvidenceSegment[], first: number, matched: ReadonlySet<string>): Evidence | null {
  let strongest: Evidence | null = null
  for (let segmentIndex = first; segmentIndex < Math.min(segments.length, first + WINDOW); segmentIndex += 1) {
    const segment = segments[segmentIndex]!
    if (!segment.timed) continue
    const hits = meaningfulWords(segment.text).filter((word) => matched.has(word.term))
    if (hits.length > (strongest?.ranges.length ?? 0)) {
      strongest = { segmentIndex, start: segment.start, ranges: hits.map((word): [number, number] => [word.start, word.end]) }
    }
  }
  return strongest
}
