import type { Page } from 'playwright-core'

/**
 * Draws the panels that `content-visibility: auto` skips while they are away from the screen, as a reader scrolling
 * to each sees it: for an audit or a full-page picture of the whole page at once. Returns the undo.
 */
export async function drawSkippedPanels(page: Page) {
  const skippable = await page.evaluateHandle(() => {
    const elements = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => getComputedStyle(element).contentVisibility === 'auto')
    for (const element of elements) element.style.contentVisibility = 'visible'
    return elements
  })
  return () => skippable.evaluate((elements) => elements.forEach((element) => element.style.removeProperty('content-visibility')))
}
