import type { UpstreamOutcome } from './upstream-outcome.ts'

const RECENT_MS = 60_000
const PROBE_EVERY_MS = 10_000

/**
 * Whether the upstream answered lately: any answer of its own counts, even a
 * 404. Without recent traffic, its unauthenticated `/health` is asked, at most
 * every 10 s.
 */
export function createUpstreamHealth(probe: () => Promise<boolean>, now = Date.now) {
  let lastAnswerAt: number | null = null
  let lastProbe: { at: number; ok: Promise<boolean> } | null = null

  function record(outcome: UpstreamOutcome) {
    if (outcome.kind === 'answer') lastAnswerAt = now()
    return outcome
  }

  async function answering() {
    if (lastAnswerAt !== null && now() - lastAnswerAt < RECENT_MS) return true
    if (!lastProbe || now() - lastProbe.at >= PROBE_EVERY_MS) lastProbe = { at: now(), ok: probe() }
    const ok = await lastProbe.ok
    if (ok) lastAnswerAt = Math.max(lastAnswerAt ?? 0, lastProbe.at)
    return ok
  }

  return {
    record,
    async status() {
      const ok = await answering()
      return {
        state: ok ? ('answering' as const) : ('unreachable' as const),
        lastAnswerAt: lastAnswerAt === null ? null : new Date(lastAnswerAt).toISOString(),
      }
    },
  }
}
