import { nextTask } from './next-task'
import { whenIdle } from './when-idle'

/**
 * Calls `work(from, to)` over `0…count` in slices of `size`, starting once the browser is idle
 * and yielding to it between slices, so that no one task holds up input or paint. Resolves
 * false, having stopped, as soon as `cancelled()` says so.
 */
export async function inSlices(count: number, size: number, work: (from: number, to: number) => void, cancelled: () => boolean) {
  await new Promise<void>((resolve) => whenIdle(resolve))
  for (let from = 0; from < count; from += size) {
    if (cancelled()) return false
    work(from, Math.min(count, from + size))
    await nextTask()
  }
  return !cancelled()
}
