import { setTimeout as sleep } from 'node:timers/promises'
import type { MockResponse } from '../../src/mock-api/handler'
import { startMockUpstream } from './mock-upstream'

/** Turns the answer the mock API would give into the one the upstream actually sends. */
export type Fault = (answer: MockResponse) => MockResponse | Promise<MockResponse>

export const faults = {
  delay: (ms: number): Fault => async (answer) => {
    await sleep(ms)
    return answer
  },
  /** An Aura error envelope with a matching status. */
  error: (status: number, code: string, error: string): Fault => (answer) => errorAnswer(answer, status, code, error),
  /** A 429 whose window resets at `resetAt` (Unix seconds). */
  rateLimitedUntil: (resetAt: number): Fault => (answer) => {
    const limited = errorAnswer(answer, 429, 'RATE_LIMITED', 'Rate limit exceeded')
    return { ...limited, headers: { ...limited.headers, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt) } }
  },
  /** The right status and headers, but only the first half of the body. */
  truncated: (): Fault => (answer) => ({ ...answer, body: answer.body.slice(0, Math.floor(answer.body.length / 2)) }),
  /** What a load balancer in front of the API sends when the API is down. */
  badGatewayPage: (): Fault => () => ({
    status: 502,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
  }),
}

function errorAnswer(answer: MockResponse, status: number, code: string, error: string): MockResponse {
  return {
    status,
    headers: answer.headers,
    body: JSON.stringify({ success: false, error, code, requestId: answer.headers['x-request-id'] }),
  }
}

/**
 * The mock upstream with faults queued per path (`/v1/calls/<id>`): each request
 * to that path takes the next fault in its queue; an empty queue answers normally.
 */
/**
 * The same fault for every read of a path until the test clears the queue: the server's own read for a call
 * page's first view (which may or may not share the page's first try), the first try and both automatic retries.
 */
export function onEveryRead(fault: Fault) {
  return Array.from({ length: 6 }, () => fault)
}

export async function startFaultyUpstream(requiredKey: string) {
  const queues = new Map<string, Fault[]>()
  const { url, server } = await startMockUpstream(requiredKey, (request, answer) => {
    const fault = queues.get(new URL(request.url, 'http://upstream.invalid').pathname)?.shift()
    return fault ? fault(answer) : answer
  })
  return {
    url,
    server,
    /** Queues faults for the next requests to `path`, in order. */
    inject(path: string, ...queued: Fault[]) {
      queues.set(path, [...(queues.get(path) ?? []), ...queued])
    },
    /** How many queued faults no request has taken yet. */
    unusedFaults() {
      return [...queues.values()].reduce((count, queue) => count + queue.length, 0)
    },
    clear() {
      queues.clear()
    },
  }
}
