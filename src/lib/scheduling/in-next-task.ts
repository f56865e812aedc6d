import { nextTask } from './next-task'

/**
 * Starts `work` in the task after this one. A module asked for while the first script is evaluated is then
 * fetched at once all the same, without the work of asking for it (its preload links) lengthening that task.
 */
export function inNextTask<T>(work: () => T | Promise<T>): Promise<T> {
  return nextTask().then(work)
}
