import { describe, expect, it } from 'vitest'
import { DEFAULT_API_URL, parseServerConfig } from './server-config'

describe(parseServerConfig.name, () => {
  it('is demo mode without a key, with each role’s address', () => {
    expect(parseServerConfig('start', {})).toMatchObject({ ok: true, config: { host: '0.0.0.0', port: 8080, upstream: { mode: 'demo' } } })
    expect(parseServerConfig('preview', {})).toMatchObject({ ok: true, config: { host: 'localhost', port: 4173 } })
    expect(parseServerConfig('dev', { AURA_API_KEY: '  ' })).toMatchObject({ ok: true, config: { port: 5173, upstream: { mode: 'demo' } } })
  })

  it('is live with a key, against the default upstream, with the documented defaults', () => {
    const result = parseServerConfig('start', { HOST: '127.0.0.1', AURA_API_KEY: 'aura_pk_live_x' })
    expect(result).toMatchObject({
      ok: true,
      config: {
        upstream: { mode: 'live', key: 'aura_pk_live_x', url: new URL(DEFAULT_API_URL) },
        cacheTtlMs: 30_000,
        maxBodyBytes: 20 * 1024 * 1024,
        ratePerMinute: 100,
        redisUrl: null,
        trustProxy: false,
      },
    })
  })

  it('lets flags win over HOST and PORT', () => {
    expect(parseServerConfig('start', { HOST: '0.0.0.0', PORT: '9000' }, { host: '127.0.0.1', port: 4000 })).toMatchObject({
      config: { host: '127.0.0.1', port: 4000 },
    })
  })

  it.each([
    ['https://api.example.com/base', true],
    ['http://127.0.0.1:9999', true],
    ['http://localhost:9999', true],
    ['http://[::1]:9999', true],
    ['http://api.example.com', false],
    ['ftp://api.example.com', false],
    ['https://user:pw@api.example.com', false],
    ['not a url', false],
  ])('takes AURA_API_URL %s: %s', (url, ok) => {
    expect(parseServerConfig('preview', { AURA_API_KEY: 'k', AURA_API_URL: url }).ok).toBe(ok)
  })

  it('reports every problem, one line each, without repeating secrets', () => {
    const result = parseServerConfig('start', {
      PORT: '70000',
      AURA_API_KEY: 'aura_pk_live_secret',
      REDIS_URL: 'mysql://root:hunter2@db',
      TRUST_PROXY: 'sometimes',
      LOG_LEVEL: 'chatty',
    })
    expect(result).toEqual({
      ok: false,
      problems: [
        'PORT must be a whole number from 0 to 65535 (got "70000")',
        'REDIS_URL must be a redis:// or rediss:// URL',
        'TRUST_PROXY must be true or false (got "sometimes")',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, silent (got "chatty")',
      ],
    })
  })

  it.each([['true', true], ['1', true], ['false', false], ['0', false]])('reads TRUST_PROXY=%s', (value, trusted) => {
    expect(parseServerConfig('start', { TRUST_PROXY: value })).toMatchObject({ config: { trustProxy: trusted } })
  })
})
