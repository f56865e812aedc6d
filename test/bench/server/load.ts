import autocannon from 'autocannon'

export type LoadFigures = { requestsPerSecond: number; p50: number; p99: number; requests: number; failures: number }

type LoadOptions = {
  url: string
  /** The paths to ask for, in turn. */
  paths: string[]
  headers?: Record<string, string>
  connections?: number
  durationSeconds?: number
  amount?: number
}

/** Puts load on one server with autocannon from this process; failures are non-2xx answers, errors and timeouts. */
export async function applyLoad({ url, paths, headers = {}, connections = 50, durationSeconds = 10, amount }: LoadOptions): Promise<LoadFigures> {
  let next = 0
  const result = await autocannon({
    url,
    connections,
    headers,
    ...(amount ? { amount } : { duration: durationSeconds }),
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}
