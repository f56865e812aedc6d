import type { CacheOutcome } from '../budget/upstream-budget.ts'
import type { UpstreamOutcome } from '../upstream/upstream-outcome.ts'
import type { ApiRoute } from './api-route.ts'

export type BackendResult = { outcome: UpstreamOutcome; cache: CacheOutcome | 'none'; upstreamMs: number | null }

export type Readiness = {
  upstream: { state: 'demo' | 'answering' | 'unreachable'; lastAnswerAt: string | null }
  redis: 'ready' | 'unavailable' | 'not configured'
}

/** Where `/api` reads are answered from: the built-in demo data, or the Aura API with the server's key. */
export type ApiBackend = {
  mode: 'demo' | 'live'
  /** Rejects only when `signal` aborts. */
  get(route: ApiRoute, signal: AbortSignal): Promise<BackendResult>
  readiness(): Promise<Readiness>
  close(): Promise<void>
}
