// Runs in the page: scrolls the transcript from top to bottom, one viewport per
// frame, and counts the frames that painted no row in the middle of the view.

export async function scrollThrough(maxFrames: number) {
  const probe = window.benchProbe
  const { scroller } = probe.parts()
  scroller.scrollTop = 0
  await probe.nextPaint()
  await probe.nextPaint()
  const started = performance.now()
  let frames = 0
  let blankFrames = 0
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && frames < maxFrames) {
    scroller.scrollTop += scroller.clientHeight
    await probe.nextPaint()
    frames += 1
    const box = scroller.getBoundingClientRect()
    if (!document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('li')) blankFrames += 1
  }
  const totalMs = performance.now() - started
  probe.countElements()
  return { totalMs, frames, blankFrames }
}
