import type { ChildProcess } from 'node:child_process'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { startFaultyUpstream } from './faulty-upstream'
import { freePort, startAppServer, stop } from './processes'

type LiveServer = { upstream: Awaited<ReturnType<typeof startFaultyUpstream>>; url: string }

/**
 * The app in live mode, in front of an upstream the tests of one file queue faults on: started before them,
 * checked after each, stopped after all. Read its `upstream` and `url` inside the tests.
 */
export function useFaultyLiveServer(): LiveServer {
  const live = {} as LiveServer
  let child: ChildProcess | undefined

  beforeAll(async () => {
    live.upstream = await startFaultyUpstream(inject('apiKey'))
    // No cache: each test's faults must reach the page, not an answer the server kept from the test before.
    const env = { AURA_API_KEY: inject('apiKey'), AURA_API_URL: live.upstream.url, CACHE_TTL_SECONDS: '0' }
    const server = await startAppServer(inject('server'), await freePort(), env, inject('distDir'))
    child = server.child
    live.url = server.url
  })

  afterEach(() => {
    const unused = live.upstream.unusedFaults()
    live.upstream.clear()
    // Every fault a test queued must have met a request, or the test did not see what it meant to.
    if (unused > 0) throw new Error(`${unused} queued upstream fault(s) were never requested`)
  })

  afterAll(async () => {
    if (child) stop(child)
    await new Promise((resolve) => live.upstream?.server.close(resolve))
  })

  return live
}
