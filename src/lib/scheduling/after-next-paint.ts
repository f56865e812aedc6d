/** A page that paints no frame (one opened in a background tab) goes on after this. */
const NO_PAINT_LIMIT_MS = 250

/** Resolves in a task after the browser's next frame, so work started then does not hold up that frame. */
export function afterNextPaint() {
  return new Promise<void>((resolve) => {
    const limit = setTimeout(resolve, NO_PAINT_LIMIT_MS)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(limit)
        resolve()
      }),
    )
  })
}
