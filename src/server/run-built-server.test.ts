import { afterEach, describe, expect, it, vi } from 'vitest'
import { runBuiltServer } from './run-built-server.ts'

const setting = process.env.NODE_ENV

afterEach(() => {
  process.env.NODE_ENV = setting
})

/** Loads a stand-in server, noting the NODE_ENV that loading it sees. */
function standInServer() {
  const seen: { nodeEnv?: string } = {}
  const runServer = vi.fn(() => Promise.resolve())
  const builtAppFrontend = vi.fn()
  const load = () => {
    seen.nodeEnv = process.env.NODE_ENV
    return Promise.resolve([{ builtAppFrontend }, { runServer }] as never)
  }
  return { seen, runServer, builtAppFrontend, load }
}

describe(runBuiltServer.name, () => {
  it('loads the server, and with it React, with NODE_ENV production when none is set', async () => {
    delete process.env.NODE_ENV
    const server = standInServer()
    await runBuiltServer('preview', server.load)
    expect(server.seen.nodeEnv).toBe('production')
    expect(server.runServer).toHaveBeenCalledWith('preview', process.argv.slice(2), server.builtAppFrontend)
  })

  it('keeps a NODE_ENV that is set', async () => {
    process.env.NODE_ENV = 'development'
    const server = standInServer()
    await runBuiltServer('start', server.load)
    expect(server.seen.nodeEnv).toBe('development')
  })
})
