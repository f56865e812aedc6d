import { useEffect, useState } from 'react'
import { afterNextPaint } from './after-next-paint'
import { nextTask } from './next-task'

/**
 * A hook that is false when a component mounts and true from a later turn (or at once, told not to wait): the
 * components that wait this way start `perTurn` to a turn, in the order they mounted, each turn once `turn()` resolves.
 */
function startsInTurns(perTurn: number, turn: () => Promise<void>) {
  /** The components waiting to start, in the order they mounted. */
  const waiting: (() => void)[] = []
  let draining = false

  async function startInTurn() {
    draining = true
    while (waiting.length > 0) {
      await turn()
      for (const start of waiting.splice(0, perTurn)) start()
    }
    draining = false
  }

  return function useStarted(waits = true) {
    const [started, setStarted] = useState(!waits)
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
}

/** A few to a task: dozens mounting in one commit do not all do their first work in one task. */
export const useStartedInTurn = startsInTurns(4, nextTask)

/** One to a frame: parts that each add a screenful of elements are not all styled and laid out in one frame. */
export const useStartedFrameByFrame = startsInTurns(1, afterNextPaint)
