import { inSlices } from './in-slices'

describe(inSlices.name, () => {
  it('covers the whole range in order, one slice per task', async () => {
    const slices: [number, number][] = []
    expect(await inSlices(1_050, 500, (from, to) => slices.push([from, to]), () => false)).toBe(true)
    expect(slices).toEqual([
      [0, 500],
      [500, 1_000],
      [1_000, 1_050],
    ])
  })

  it('stops at the first slice after it is cancelled, and says so', async () => {
    const slices: number[] = []
    let cancelled = false
    const done = inSlices(
      3_000,
      1_000,
      (from) => {
        slices.push(from)
        cancelled = true
      },
      () => cancelled,
    )
    expect(await done).toBe(false)
    expect(slices).toEqual([0])
  })

  it('does nothing for an empty range', async () => {
    const work = vi.fn()
    expect(await inSlices(0, 100, work, () => false)).toBe(true)
    expect(work).not.toHaveBeenCalled()
  })
})
