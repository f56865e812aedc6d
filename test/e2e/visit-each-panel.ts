import type { Page } from 'playwright-core'

/**
 * Brings each region of the page into view in turn, pausing at each, then goes back to the top: as a reader
 * scrolling to each panel does, so each panel that mounts as it nears the screen has mounted.
 */
export async function visitEachRegion(page: Page) {
  await page.evaluate(async () => {
    for (const region of document.querySelectorAll('section')) {
      region.scrollIntoView({ block: 'center', behavior: 'instant' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    scrollTo({ top: 0, behavior: 'instant' })
  })
}
