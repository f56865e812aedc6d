import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startMockUpstream } from './mock-upstream'
import { freePort, runCommand, startAppServer, stop } from './processes'

/** A key only the e2e run knows: it goes into the build's and the server's environment, and must show up nowhere else. */
export const E2E_API_KEY = 'aura_pk_live_e2e_0123456789abcdefSECRET'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which command serves the built app in this run: `npm start` or `npm run preview`. */
    server: 'start' | 'preview'
    liveUrl: string
    demoUrl: string
    apiKey: string
    distDir: string
  }
}

export default async function setup(project: TestProject) {
  // A build of its own, so a run never serves files another build is replacing.
  const distDir = await mkdtemp(join(tmpdir(), 'aura-e2e-dist-'))
  const cleanups: (() => unknown)[] = [() => rm(distDir, { recursive: true, force: true })]
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
  try {
    await runCommand('npm', ['run', 'build', '--', '--outDir', distDir, '--emptyOutDir'], { AURA_API_KEY: E2E_API_KEY })
    const upstream = await startMockUpstream(E2E_API_KEY)
    cleanups.push(() => upstream.server.close())
    const server = project.config.provide.server ?? 'start'
    const live = await startAppServer(server, await freePort(), { AURA_API_KEY: E2E_API_KEY, AURA_API_URL: upstream.url }, distDir)
    cleanups.push(() => stop(live.child))
    const demo = await startAppServer(server, await freePort(), { AURA_API_KEY: '' }, distDir)
    cleanups.push(() => stop(demo.child))

    project.provide('liveUrl', live.url)
    project.provide('demoUrl', demo.url)
    project.provide('apiKey', E2E_API_KEY)
    project.provide('distDir', distDir)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
