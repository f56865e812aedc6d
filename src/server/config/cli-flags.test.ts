import { describe, expect, it } from 'vitest'
import { parseCliFlags } from './cli-flags'

describe(parseCliFlags.name, () => {
  it('takes the flags tools pass to preview', () => {
    expect(parseCliFlags(['--port', '4173', '--strictPort', '--host', '127.0.0.1'])).toEqual({
      ok: true,
      overrides: { port: 4173, host: '127.0.0.1', staticDir: undefined },
    })
    expect(parseCliFlags(['--port=5000', '--outDir', '/tmp/build'])).toMatchObject({ overrides: { port: 5000, staticDir: '/tmp/build' } })
  })

  it.each([[['--port', 'x']], [['--port', '65536']], [['--open']], [['--host']]])('refuses %j with one line', (args) => {
    const result = parseCliFlags(args)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toHaveLength(1)
  })
})
