import type { TestProject } from 'vitest/node'
import { startMockUpstream } from './mock-upstream'
import { freePort, runCommand, startPreview, stop } from './processes'

/** A key only the e2e run knows: it goes into the build's and the server's environment, and must show up nowhere else. */
export const E2E_API_KEY = 'aura_pk_live_e2e_0123456789abcdefSECRET'

declare module 'vitest' {
  export interface ProvidedContext {
    liveUrl: string
    demoUrl: string
    apiKey: string
  }
}

export default async function setup(project: TestProject) {
  await runCommand('npm', ['run', 'build'], { AURA_API_KEY: E2E_API_KEY })
  const cleanups: (() => void)[] = []
  const teardown = () => cleanups.forEach((cleanup) => cleanup())
  try {
    const upstream = await startMockUpstream(E2E_API_KEY)
    cleanups.push(() => upstream.server.close())
    const live = await startPreview(await freePort(), { AURA_API_KEY: E2E_API_KEY, AURA_API_URL: upstream.url })
    cleanups.push(() => stop(live.child))
    const demo = await startPreview(await freePort(), { AURA_API_KEY: '' })
    cleanups.push(() => stop(demo.child))

    project.provide('liveUrl', live.url)
    project.provide('demoUrl', demo.url)
    project.provide('apiKey', E2E_API_KEY)
  } catch (error) {
    teardown()
    throw error
  }
  return teardown
}
