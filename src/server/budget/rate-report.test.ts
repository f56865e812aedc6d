import { describe, expect, it } from 'vitest'
import { readRateReport } from './rate-report'

const NOW = 1_900_000_000_000

describe(readRateReport.name, () => {
  it('reads X-RateLimit-* headers', () => {
    const headers = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '42', 'x-ratelimit-reset': String(NOW / 1000 + 30) }
    expect(readRateReport(200, headers, NOW, 60_000)).toEqual({ limit: 100, remaining: 42, resetAt: NOW + 30_000 })
  })

  it('reads a 429 as an empty window until Retry-After, or the reset, or a second from now', () => {
    expect(readRateReport(429, { 'retry-after': '7' }, NOW, 60_000)).toEqual({ limit: null, remaining: 0, resetAt: NOW + 7_000 })
    expect(readRateReport(429, { 'x-ratelimit-reset': String(NOW / 1000 + 20) }, NOW, 60_000)).toMatchObject({ resetAt: NOW + 20_000 })
    expect(readRateReport(429, {}, NOW, 60_000)).toMatchObject({ remaining: 0, resetAt: NOW + 1_000 })
  })

  it('holds a reset far ahead to one window', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 86_400) }
    expect(readRateReport(200, headers, NOW, 60_000)).toMatchObject({ resetAt: NOW + 60_000 })
  })

  it.each<Record<string, string>>([{}, { 'x-ratelimit-remaining': 'lots', 'x-ratelimit-reset': '1' }, { 'x-ratelimit-remaining': '-1', 'x-ratelimit-reset': '1' }])(
    'ignores headers that are missing or make no sense: %o',
    (headers) => {
      expect(readRateReport(200, headers, NOW, 60_000)).toBeNull()
    },
  )
})
