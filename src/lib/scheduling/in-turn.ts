import { useEffect, useState } from 'react'
import { nextTask } from './next-task'

const STARTS_PER_TASK = 4

/** The components waiting to start, in the order they mounted. */
const waiting: (() => void)[] = []
let draining = false

async function startInTurn() {
  draining = true
  while (waiting.length > 0) {
    await nextTask()
    for (const start of waiting.splice(0, STARTS_PER_TASK)) start()
  }
  draining = false
}

/**
 * False when a component mounts, true from a later task: the components that wait this way start a few to a
 * task, in the order they mounted, so that dozens mounting in one commit do not all do their first work in one task.
 */
export function useStartedInTurn() {
  const [started, setStarted] = useState(false)
  useEffect(() => {
    if (started) return
    let mounted = true
    waiting.push(() => mounted && setStarted(true))
    if (!draining) void startInTurn()
    return () => {
      mounted = false
    }
  }, [started])
  return started
}
