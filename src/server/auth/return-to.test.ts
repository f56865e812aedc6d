import { describe, expect, it } from 'vitest'
import { safeReturnTo } from './return-to'

describe(safeReturnTo.name, () => {
  it.each([
    ['/calls/abc?t=754&q=pricing', '/calls/abc?t=754&q=pricing'],
    ['/', '/'],
    ['/calls/abc#transcript', '/calls/abc'],
    ['/a/../calls/x', '/calls/x'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected)
  })

  it.each(['https://evil.example/x', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', 'calls/x', '/\nSet-Cookie:x', '', 42, undefined, ['/x']])(
    'sends %j to the start page',
    (value) => {
      expect(safeReturnTo(value)).toBe('/')
    },
  )
})
