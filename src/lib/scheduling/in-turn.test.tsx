import { act, render, screen } from '@testing-library/react'
import { useStartedInTurn } from './in-turn'

function Starter({ name }: { name: string }) {
  return <p>{useStartedInTurn() ? `${name} started` : `${name} waiting`}</p>
}

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f']

/** Runs the next task, then what it queued to follow it at once (its promise callbacks and React's updates). */
const nextTaskRuns = () =>
  act(() => {
    vi.advanceTimersToNextTimer()
    return Promise.resolve()
  })

const started = () => screen.queryAllByText(/started/).map((line) => line.textContent)

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe(useStartedInTurn.name, () => {
  it('starts nothing in the task that mounts, then a few to a task in the order they mounted', async () => {
    render(NAMES.map((name) => <Starter key={name} name={name} />))
    expect(started()).toEqual([])
    await nextTaskRuns()
    expect(started()).toEqual(['a started', 'b started', 'c started', 'd started'])
    await nextTaskRuns()
    expect(started()).toHaveLength(NAMES.length)
  })

  it('starts the rest when one unmounts before its turn', async () => {
    const { rerender } = render(NAMES.map((name) => <Starter key={name} name={name} />))
    rerender(NAMES.slice(1).map((name) => <Starter key={name} name={name} />))
    await act(() => vi.runAllTimersAsync())
    expect(started()).toHaveLength(NAMES.length - 1)
  })
})
