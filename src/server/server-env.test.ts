// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_API_URL, readServerEnv } from './server-env.ts'

const NO_ENV_FILES = '/nonexistent-dir'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe(readServerEnv.name, () => {
  it('is demo mode without a key', () => {
    vi.stubEnv('AURA_API_KEY', '')
    expect(readServerEnv('production', NO_ENV_FILES)).toEqual({ mode: 'demo' })
  })

  it('is live mode with a key, against the default upstream', () => {
    vi.stubEnv('AURA_API_KEY', 'aura_pk_live_x')
    vi.stubEnv('AURA_API_URL', '')
    expect(readServerEnv('production', NO_ENV_FILES)).toEqual({
      mode: 'live',
      apiKey: 'aura_pk_live_x',
      apiUrl: new URL(DEFAULT_API_URL),
    })
  })

  it('explains a malformed upstream URL without printing the key', () => {
    vi.stubEnv('AURA_API_KEY', 'aura_pk_live_secret')
    vi.stubEnv('AURA_API_URL', 'ftp://example.com')
    expect(() => readServerEnv('production', NO_ENV_FILES)).toThrow(/must start with https:\/\/ or http:\/\//)
    expect(() => readServerEnv('production', NO_ENV_FILES)).not.toThrow(/secret/)
  })
})
