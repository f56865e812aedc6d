import { createCoalescedTimeouts } from './coalesced-timeouts'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe(createCoalescedTimeouts.name, () => {
  it('runs each callback at its own deadline, whatever order they were set in', () => {
    const timeouts = createCoalescedTimeouts()
    const ran: string[] = []
    timeouts.setTimeout(() => ran.push('gc at 5 min'), 300_000)
    timeouts.setTimeout(() => ran.push('stale at 1 min'), 60_000)
    timeouts.setTimeout(() => ran.push('retry at 1 s'), 1_000)
    vi.advanceTimersByTime(999)
    expect(ran).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['retry at 1 s'])
    vi.advanceTimersByTime(59_000)
    expect(ran).toEqual(['retry at 1 s', 'stale at 1 min'])
    vi.advanceTimersByTime(240_000)
    expect(ran).toEqual(['retry at 1 s', 'stale at 1 min', 'gc at 5 min'])
  })

  it('keeps one platform timer for any number of timeouts', () => {
    const timeouts = createCoalescedTimeouts()
    for (let minutes = 1; minutes <= 50; minutes++) timeouts.setTimeout(() => {}, minutes * 60_000)
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(60_000)
    expect(vi.getTimerCount()).toBe(1)
  })

  it('never runs a cleared callback, and runs the rest', () => {
    const timeouts = createCoalescedTimeouts()
    const ran: string[] = []
    const cleared = timeouts.setTimeout(() => ran.push('cleared'), 1_000)
    timeouts.setTimeout(() => ran.push('kept'), 2_000)
    timeouts.clearTimeout(cleared)
    timeouts.clearTimeout(undefined)
    vi.advanceTimersByTime(5_000)
    expect(ran).toEqual(['kept'])
  })

  it('runs a zero delay in a task of its own, not at once', () => {
    const timeouts = createCoalescedTimeouts()
    const callback = vi.fn()
    timeouts.setTimeout(callback, 0)
    expect(callback).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(callback).toHaveBeenCalledOnce()
  })

  it('sets a timeout from inside a callback for its own deadline', () => {
    const timeouts = createCoalescedTimeouts()
    const ran: number[] = []
    timeouts.setTimeout(() => {
      ran.push(Date.now())
      timeouts.setTimeout(() => ran.push(Date.now()), 500)
    }, 1_000)
    const start = Date.now()
    vi.advanceTimersByTime(1_500)
    expect(ran.map((at) => at - start)).toEqual([1_000, 1_500])
  })

  it('lets the other callbacks run when one throws, and leaves the error uncaught', async () => {
    const timeouts = createCoalescedTimeouts()
    const uncaught = new Promise((resolve) => process.once('uncaughtException', resolve))
    const after = vi.fn()
    timeouts.setTimeout(() => {
      throw new Error('broken timer')
    }, 1_000)
    timeouts.setTimeout(after, 1_000)
    vi.advanceTimersByTime(1_000)
    expect(after).toHaveBeenCalledOnce()
    expect(await uncaught).toEqual(new Error('broken timer'))
  })

  it('leaves intervals to the platform', () => {
    const timeouts = createCoalescedTimeouts()
    const tick = vi.fn()
    const interval = timeouts.setInterval(tick, 1_000)
    vi.advanceTimersByTime(3_000)
    timeouts.clearInterval(interval)
    vi.advanceTimersByTime(3_000)
    expect(tick).toHaveBeenCalledTimes(3)
  })
})
