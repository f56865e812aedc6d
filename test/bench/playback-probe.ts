// Runs in the page: moves the media element's time tick by tick and times each
// tick until the next painted frame.

export type PlaybackSweep = {
  times: number[]
  /** The text of the segment that should be highlighted after each tick. */
  expectedTexts: string[]
  /** Stops early past this, so a slow subject doesn't hold up the run; the tick count says how far it got. */
  budgetMs: number
}

export async function drivePlayback({ times, expectedTexts, budgetMs }: PlaybackSweep) {
  const probe = window.benchProbe
  const { region } = probe.parts()
  const tickMs: number[] = []
  let wrongHighlights = 0
  const started = performance.now()
  for (const [index, seconds] of times.entries()) {
    if (performance.now() - started > budgetMs) break
    const tickStart = performance.now()
    probe.setMediaTime(seconds)
    await probe.nextPaint()
    tickMs.push(performance.now() - tickStart)
    const highlighted = region.querySelectorAll('[aria-current="true"]')
    if (highlighted.length !== 1 || !highlighted[0]!.textContent?.includes(expectedTexts[index]!)) wrongHighlights += 1
  }
  // Long-task entries are delivered after the task that ran long.
  await new Promise((resolve) => setTimeout(resolve, 200))
  probe.countElements()
  return { tickMs, wrongHighlights, longTasks: probe.longTaskStarts.filter((start) => start >= started).length }
}
