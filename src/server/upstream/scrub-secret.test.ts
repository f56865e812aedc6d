import { describe, expect, it } from 'vitest'
import { scrubJson, scrubText } from './scrub-secret'

const KEY = 'aura_pk_live_abc123'

describe(scrubJson.name, () => {
  it('finds the key spelled with escapes only', () => {
    const text = '{"a":"\\u0061ura_pk_live_abc123"}'
    expect(JSON.parse(scrubJson(text, JSON.parse(text), KEY) ?? '{}')).toEqual({ a: '[redacted]' })
  })

  it.each(['{ "success": true,  "data": {"id": "x"} }', '{"escaped":"caf\\u00e9","path":"a\\/b"}'])('leaves a body without the key alone: %s', (text) => {
    expect(scrubJson(text, JSON.parse(text), KEY)).toBeNull()
  })

  it('redacts the key in any string or key, however the JSON escapes it', () => {
    const text = `{"error":"Bearer ${KEY}","echo":{"authorization":"Bearer \\u0061ura_pk_live_abc123"},"${KEY}":[1,"${KEY}${KEY}"]}`
    const scrubbed = scrubJson(text, JSON.parse(text), KEY) ?? ''
    expect(scrubbed).not.toContain(KEY)
    expect(JSON.stringify(JSON.parse(scrubbed))).not.toContain(KEY)
    expect(JSON.parse(scrubbed)).toEqual({
      error: 'Bearer [redacted]',
      echo: { authorization: 'Bearer [redacted]' },
      '[redacted]': [1, '[redacted][redacted]'],
    })
  })
})

describe(scrubText.name, () => {
  it('redacts every occurrence', () => {
    expect(scrubText(`a ${KEY} b ${KEY}`, KEY)).toBe('a [redacted] b [redacted]')
  })

  it('leaves text alone when there is no secret', () => {
    expect(scrubText('anything', '')).toBe('anything')
  })
})
