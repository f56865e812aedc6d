import { createMockApi } from '../../mock-api/handler.ts'
import { answered } from '../upstream/upstream-outcome.ts'
import type { ApiBackend } from './api-backend.ts'

const PASSED_HEADERS = ['content-type', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']

/** Answers `/api` from the built-in demo calls, as the Aura API would. */
export function createDemoBackend(): ApiBackend {
  const handle = createMockApi()
  return {
    mode: 'demo',
    get(route) {
      const answer = handle({ method: 'GET', url: route.target })
      const headers = Object.fromEntries(PASSED_HEADERS.flatMap((name) => (answer.headers[name] ? [[name, answer.headers[name]]] : [])))
      return Promise.resolve({
        outcome: answered({ status: answer.status, headers, body: Buffer.from(answer.body) }),
        cache: 'none',
        upstreamMs: null,
      })
    },
    readiness: () => Promise.resolve({ upstream: { state: 'demo', lastAnswerAt: null }, redis: 'not configured' }),
    close: () => Promise.resolve(),
  }
}
