import { useQuery } from '@tanstack/react-query'
import { createContext, use, useEffect, useState, type ReactNode } from 'react'
import type { Call } from '@/entities/call/call-schema'
import type { Evidence, EvidenceSegment } from './evidence-index'
import type { FormFigure } from './form-figures'
import { whenIdle } from '@/lib/scheduling/when-idle'
import { evidenceFinderFor, holdEvidenceFinder } from './evidence-finder'

/** A moment a reader asked to hear: the transcript scrolls to it and marks its words, the player seeks to it. */
export type MomentRequest = Evidence & { serial: number }

type EvidenceSource = { callId: string; segments: readonly EvidenceSegment[] | null; guideSeconds: number }

const EvidenceSourceContext = createContext<EvidenceSource | null>(null)
const RequestMomentContext = createContext<(evidence: Evidence) => void>(() => {})
const MomentRequestContext = createContext<MomentRequest | null>(null)

/** Indexes the call's transcript for evidence links, and carries a link's click to the transcript and player. */
export function EvidenceProvider({ call, children }: { call: Call; children: ReactNode }) {
  const [request, setRequest] = useState<MomentRequest | null>(null)
  const [requestMoment] = useState(() => (evidence: Evidence) => setRequest((last) => ({ ...evidence, serial: (last?.serial ?? 0) + 1 })))
  const timedSegments = call.transcript?.segments.some((segment) => segment.timed) ? call.transcript.segments : null

  // Indexing starts with the page, before the panels with claims have rendered.
  useEffect(() => (timedSegments ? holdEvidenceFinder(timedSegments) : undefined), [timedSegments])

  const source: EvidenceSource = { callId: call.id, segments: timedSegments, guideSeconds: call.transcript?.lengthSeconds ?? 0 }
  return (
    <EvidenceSourceContext value={source}>
      <RequestMomentContext value={requestMoment}>
        <MomentRequestContext value={request}>{children}</MomentRequestContext>
      </RequestMomentContext>
    </EvidenceSourceContext>
  )
}

/** Whether a page around this component indexes a transcript: a panel shown on its own has no evidence to offer. */
export function useHasEvidenceSource() {
  return use(EvidenceSourceContext)?.segments != null
}

/** The evidence for each claim, once all are answered; empty lists until then, and for a claim without any. */
export function useEvidence(claims: readonly string[]) {
  const source = use(EvidenceSourceContext)
  const segments = source?.segments ?? null
  // The segments are the call's transcript, so the call's id stands for them in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({
    queryKey: ['calls', 'evidence', source?.callId, claims],
    queryFn: () => Promise.all(claims.map((claim) => (claim.trim() ? evidenceFinderFor(segments!).find(claim) : Promise.resolve([])))),
    enabled: segments !== null,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return { evidence: data ?? claims.map(() => []), guideSeconds: source?.guideSeconds ?? 0 }
}

/** The figures said where `claim` is heard, checked against the form's `figures`: empty until found, and without an index. */
export function useSaidFigures(claim: string, figures: readonly FormFigure[]) {
  const source = use(EvidenceSourceContext)
  const segments = source?.segments ?? null
  // The segments are the call's transcript, so the call's id stands for them in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({
    queryKey: ['calls', 'figures', source?.callId, claim, figures],
    queryFn: () => evidenceFinderFor(segments!).figures(claim, [...figures]),
    enabled: segments !== null && claim.trim() !== '',
    staleTime: Number.POSITIVE_INFINITY,
  })
  return { said: data ?? [], guideSeconds: source?.guideSeconds ?? 0 }
}

/**
 * The points of interest in `segments`, found beside the evidence index (off the main thread where it is built
 * in a worker): `available` is false when the page indexes no such transcript, and `points` null until found.
 */
export function useFoundPoints(segments: readonly EvidenceSegment[] | undefined) {
  const source = use(EvidenceSourceContext)
  const available = segments !== undefined && source?.segments === segments
  // The segments are the call's transcript, so the call's id stands for them in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({
    queryKey: ['calls', 'points', source?.callId],
    // Asked once the page is idle, so the worker answers the evidence links first.
    queryFn: async () => {
      await new Promise<void>((resolve) => whenIdle(resolve))
      return evidenceFinderFor(segments!).points()
    },
    enabled: available,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return { available, points: available ? (data ?? null) : null }
}

export function useRequestMoment() {
  return use(RequestMomentContext)
}

/** The moment last asked for from an evidence link, or null. */
export function useMomentRequest() {
  return use(MomentRequestContext)
}
