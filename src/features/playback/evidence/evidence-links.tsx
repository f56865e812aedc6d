import { formatTimestamp } from '@/lib/format/format'
import { useStartedInTurn } from '@/lib/scheduling/in-turn'
import { cn } from '@/lib/styles/cn'
import type { Evidence } from './evidence-index'
import { useEvidence, useHasEvidenceSource, useRequestMoment } from './evidence-context'

const MAX_LINKS = 3

/**
 * Buttons to the transcript moments that support a claim: up to three for one claim, or the best moment of each
 * sentence for a paragraph given as its sentences. Nothing while the index is being built, or when no moment
 * is convincing: no link is better than a wrong one.
 */
export function EvidenceLinks(props: EvidenceLinksProps) {
  const hasSource = useHasEvidenceSource()
  // Each asks the index through a query of its own. A panel mounts dozens at once, whose subscriptions held one task
  // (20 ms unthrottled on the closed call at phone width); they start a few to a task instead.
  const started = useStartedInTurn()
  return hasSource && started ? <FoundLinks {...props} /> : null
}

type EvidenceLinksProps = { claims: readonly string[]; className?: string }

function FoundLinks({ claims, className = 'ms-1 inline-flex' }: EvidenceLinksProps) {
  const { evidence, guideSeconds } = useEvidence(claims)
  const requestMoment = useRequestMoment()
  const links = pickLinks(evidence)
  if (links.length === 0) return null
  return (
    <span className={cn('flex-wrap gap-1 align-baseline print:hidden', className)}>
      {links.map((moment) => (
        <button
          key={moment.segmentIndex}
          type="button"
          className="rounded-full border border-border px-2 py-px text-xs whitespace-nowrap text-muted-foreground hover:bg-muted hover:text-foreground"
          onClick={() => requestMoment(moment)}
        >
          Heard at {formatTimestamp(moment.start, guideSeconds)}
        </button>
      ))}
    </span>
  )
}

function pickLinks(evidence: Evidence[][]) {
  const candidates = evidence.length === 1 ? evidence[0]! : evidence.flatMap((found) => found.slice(0, 1))
  const unique = candidates.filter((moment, index) => candidates.findIndex((other) => other.segmentIndex === moment.segmentIndex) === index)
  return unique.slice(0, MAX_LINKS)
}
