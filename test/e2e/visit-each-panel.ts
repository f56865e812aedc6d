import type { Page } from 'playwright-core'

/**
 * On a call page: waits for its last panel's room, then brings each region into view in turn, pausing at each, and
 * goes back to the top. As a reader scrolling to each panel does, so each one that mounts as it nears the screen has.
 */
export async function visitEachPanel(page: Page) {
  await page.getByRole('region', { name: 'Notes', exact: true }).waitFor({ state: 'attached' })
  await page.evaluate(async () => {
    for (const region of document.querySelectorAll('section')) {
      region.scrollIntoView({ block: 'center', behavior: 'instant' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    scrollTo({ top: 0, behavior: 'instant' })
  })
}
