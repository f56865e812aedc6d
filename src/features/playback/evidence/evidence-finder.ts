import { nextTask } from '@/lib/scheduling/next-task'
import type { Evidence, EvidenceSegment } from './evidence-index'
import type { EvidenceRequest, EvidenceResponse, FoundPoint } from './evidence-messages'
import type { SaidFigure } from './figure-check'
import type { FormFigure } from './form-figures'

export type EvidenceFinder = {
  find: (claim: string) => Promise<Evidence[]>
  /** The figures said where `claim` is heard, each checked against the form's. */
  figures: (claim: string, figures: FormFigure[]) => Promise<SaidFigure[]>
  /** The transcript's points of interest, found where the index is built. */
  points: () => Promise<FoundPoint[]>
  dispose: () => void
}

/** How long a finder outlives the last page using it: a page shown again at once (React's development double mount) keeps it. */
const RELEASE_DELAY_MS = 1000

const SEGMENTS_PER_MESSAGE = 1_000

type Entry = { finder: EvidenceFinder; users: number; release: ReturnType<typeof setTimeout> | undefined }

const finders = new WeakMap<readonly EvidenceSegment[], Entry>()

function entryFor(segments: readonly EvidenceSegment[]) {
  let entry = finders.get(segments)
  if (!entry) {
    entry = { finder: createEvidenceFinder(segments), users: 0, release: undefined }
    finders.set(segments, entry)
  }
  return entry
}

/** The one finder for a transcript, created on first use. */
export function evidenceFinderFor(segments: readonly EvidenceSegment[]) {
  return entryFor(segments).finder
}

/** A page showing this transcript holds its finder (starting the indexing, if nothing has yet); returns the release. */
export function holdEvidenceFinder(segments: readonly EvidenceSegment[]) {
  const entry = entryFor(segments)
  entry.users += 1
  clearTimeout(entry.release)
  return () => {
    entry.users -= 1
    if (entry.users > 0) return
    entry.release = setTimeout(() => {
      entry.finder.dispose()
      finders.delete(segments)
    }, RELEASE_DELAY_MS)
  }
}

/**
 * Finds claims in a transcript: in a worker where the platform has one, so a long call is indexed off the
 * main thread; in this thread otherwise, in slices between other tasks. Either starts in a task of its own, apart
 * from the render that asked for it: starting a worker and copying a long transcript to it take milliseconds.
 */
function createEvidenceFinder(segments: readonly EvidenceSegment[]): EvidenceFinder {
  const started = nextTask().then(() => startEvidenceFinder(segments))
  return {
    find: async (claim) => (await started).find(claim),
    figures: async (claim, figures) => (await started).figures(claim, figures),
    points: async () => (await started).points(),
    dispose: () => void started.then((finder) => finder.dispose()),
  }
}

function startEvidenceFinder(segments: readonly EvidenceSegment[]): EvidenceFinder {
  if (typeof Worker !== 'function') return inThreadFinder(segments)
  try {
    return workerFinder(segments)
  } catch {
    // A policy that forbids workers: the links still come, a little later on a long call.
    return inThreadFinder(segments)
  }
}

function workerFinder(segments: readonly EvidenceSegment[]): EvidenceFinder {
  const worker = new Worker(new URL('./evidence-worker.ts', import.meta.url), { type: 'module', name: 'evidence' })
  const pending = new Map<number, { resolve: (response: EvidenceResponse) => void; reject: (error: Error) => void }>()
  let failure: Error | null = null
  let nextId = 0
  worker.onmessage = (event: MessageEvent<EvidenceResponse>) => {
    pending.get(event.data.id)?.resolve(event.data)
    pending.delete(event.data.id)
  }
  worker.onerror = (event) => {
    failure = new Error(event.message || 'The evidence worker stopped')
    pending.forEach(({ reject }) => reject(failure!))
    pending.clear()
  }
  const sent = sendTranscript(worker, segments)
  const ask = async (request: DistributiveOmit<Extract<EvidenceRequest, { id: number }>, 'id'>) => {
    await sent
    return new Promise<EvidenceResponse>((resolve, reject) => {
      if (failure) return reject(failure)
      const id = nextId++
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id })
    })
  }
  return {
    find: async (claim) => {
      const response = await ask({ type: 'find', claim })
      return 'evidence' in response ? response.evidence : []
    },
    figures: async (claim, figures) => {
      const response = await ask({ type: 'figures', claim, figures })
      return 'said' in response ? response.said : []
    },
    points: async () => {
      const response = await ask({ type: 'points' })
      return 'points' in response ? response.points : []
    },
    dispose: () => worker.terminate(),
  }
}

/**
 * The transcript goes to the worker in slices, each copied in a task of its own: in one message, copying the
 * 10,600 segments of a 3-hour call held this thread for 50–70 ms. The worker indexes them once all are there.
 */
async function sendTranscript(worker: Worker, segments: readonly EvidenceSegment[]) {
  for (let from = 0; from < segments.length; from += SEGMENTS_PER_MESSAGE) {
    if (from > 0) await nextTask()
    const slice = segments.slice(from, from + SEGMENTS_PER_MESSAGE).map(({ text, start, timed }) => ({ text, start, timed }))
    worker.postMessage({ type: 'segments', segments: slice } satisfies EvidenceRequest)
  }
  worker.postMessage({ type: 'index' } satisfies EvidenceRequest)
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

function inThreadFinder(segments: readonly EvidenceSegment[]): EvidenceFinder {
  let disposed = false
  // The search library stays out of the page's first script, as it does in the worker's case.
  const index = import('./evidence-index').then(({ buildEvidenceIndexInSlices }) => buildEvidenceIndexInSlices(segments, () => disposed))
  const find = async (claim: string) => (await index)?.find(claim) ?? []
  return {
    find,
    figures: async (claim, figures) => {
      const { saidFigures } = await import('./figure-check')
      return saidFigures(claim, figures, await find(claim), segments)
    },
    points: async () => {
      const { findTranscriptPoints } = await import('./transcript-points')
      return findTranscriptPoints(segments)
    },
    dispose: () => {
      disposed = true
    },
  }
}
