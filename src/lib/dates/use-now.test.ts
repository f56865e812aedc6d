import { act, renderHook } from '@testing-library/react'
import { useNow } from './use-now'

describe(useNow.name, () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ticks on its interval so relative times stay current', () => {
    vi.useFakeTimers({ now: new Date('2026-11-17T12:00:00Z') })
    const { result } = renderHook(() => useNow(60_000))
    expect(result.current.toISOString()).toBe('2026-11-17T12:00:00.000Z')
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(result.current.toISOString()).toBe('2026-11-17T12:01:00.000Z')
  })
})
