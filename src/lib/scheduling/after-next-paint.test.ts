import { afterNextPaint } from './after-next-paint'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe(afterNextPaint.name, () => {
  it('resolves in a task after the next frame', async () => {
    vi.useFakeTimers()
    let frame: FrameRequestCallback | null = null
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback
      return 1
    })
    let resolved = false
    void afterNextPaint().then(() => (resolved = true))
    await vi.advanceTimersByTimeAsync(100)
    expect(resolved).toBe(false)
    frame!(0)
    expect(resolved).toBe(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(resolved).toBe(true)
  })

  it('goes on after a quarter of a second on a page that paints no frame', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', () => 1)
    let resolved = false
    void afterNextPaint().then(() => (resolved = true))
    await vi.advanceTimersByTimeAsync(240)
    expect(resolved).toBe(false)
    await vi.advanceTimersByTimeAsync(20)
    expect(resolved).toBe(true)
  })
})
