import type { Page } from 'playwright-core'

/**
 * Scrolls to the page's end half a screen at a time, two frames at each stop, then back to the top: as a reader
 * does, so each panel that mounts as it nears the screen has mounted. The page grows as they do.
 */
export async function scrollThroughPage(page: Page) {
  await page.evaluate(async () => {
    const scroller = document.documentElement
    for (let top = 0; top <= scroller.scrollHeight - innerHeight + innerHeight / 2; top += innerHeight / 2) {
      scrollTo({ top, behavior: 'instant' })
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    }
    scrollTo({ top: 0, behavior: 'instant' })
  })
}
