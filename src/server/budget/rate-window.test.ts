import { describe, expect, it } from 'vitest'
import { createRateWindow } from './rate-window'

describe(createRateWindow.name, () => {
  it('takes up to the limit in any window, then says when the oldest send ages out', () => {
    const window = createRateWindow(3, 60_000)
    expect([window.take(0), window.take(10_000), window.take(20_000)]).toEqual([0, 0, 0])
    expect(window.take(30_000)).toBe(30_000)
    expect(window.take(60_000)).toBe(0)
    expect(window.take(60_001)).toBe(9_999)
  })

  it('never allows more than the limit in any sliding minute, whatever the timing', () => {
    const window = createRateWindow(5, 60_000)
    const sent: number[] = []
    for (let now = 0; now < 300_000; now += 700) if (window.take(now) === 0) sent.push(now)
    for (const start of sent) expect(sent.filter((at) => at >= start && at < start + 60_000).length).toBeLessThanOrEqual(5)
    expect(sent.length).toBeGreaterThanOrEqual(25)
  })

  it('holds sends while the upstream says its window is spent, and counts down what it says remains', () => {
    const window = createRateWindow(100, 60_000)
    window.report({ limit: null, remaining: 2, resetAt: 5_000 })
    expect([window.take(0), window.take(1)]).toEqual([0, 0])
    expect(window.take(2)).toBe(4_998)
    expect(window.take(5_000)).toBe(0)
  })

  it('takes the lower of its own limit and the one the upstream announces', () => {
    const window = createRateWindow(100, 60_000)
    window.report({ limit: 2, remaining: 50, resetAt: 60_000 })
    expect([window.take(0), window.take(1), window.take(2)]).toEqual([0, 0, 59_998])
  })

  it('keeps the lowest remaining of answers from the same window, whatever order they arrive in', () => {
    const window = createRateWindow(100, 60_000)
    window.report({ limit: null, remaining: 1, resetAt: 10_000 })
    window.report({ limit: null, remaining: 50, resetAt: 10_000 })
    expect(window.take(0)).toBe(0)
    expect(window.take(1)).toBe(9_999)
  })

  it('lets a 429 that blocks for a short while override a longer window reported before', () => {
    const window = createRateWindow(100, 60_000)
    window.report({ limit: 100, remaining: 80, resetAt: 40_000 })
    window.report({ limit: null, remaining: 0, resetAt: 3_000 })
    expect(window.take(0)).toBe(3_000)
    expect(window.take(3_000)).toBe(0)
  })
})
