import type { Locator, Page } from 'playwright-core'

export type FocusStop = {
  /** A transcript row's control by row and kind ("transcript row 3 time"), anything else by its tag and label. */
  control: string
  hasFocusIndicator: boolean
  /** What the eye sees at the centre of the focused control instead of it, or null when nothing covers it. */
  coveredBy: string | null
}

const ROW_CONTROL = '[data-transcript-scroller] li[data-index] :is(button, a[href])'

/**
 * Names every visible, enabled control outside the transcript rows (marking each, so a stop can be matched
 * to it later): the set a Tab walk has to reach. The virtualized rows are counted by the caller instead.
 */
export function listControls(page: Page) {
  return page.evaluate((rowControl) => {
    const candidates = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')
    const names: string[] = []
    for (const element of candidates) {
      const disabled = (element as HTMLButtonElement).disabled === true
      if (element.matches(rowControl) || disabled || element.tabIndex < 0 || !element.checkVisibility()) continue
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''
      const name = `${element.tagName.toLowerCase()} “${label || element.getAttribute('type')}” #${names.length}`
      element.dataset.focusWalk = name
      names.push(name)
    }
    return names
  }, ROW_CONTROL)
}

/** Where focus is now, whether it shows, and whether anything is drawn over it (WCAG 2.4.7 and 2.4.11). */
function inspectFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate((rowControl) => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return null
    const row = element.matches(rowControl) ? element.closest<HTMLElement>('li[data-index]') : null
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''
    const control = row
      ? `transcript row ${row.dataset.index} ${label.startsWith('Play from') ? 'time' : 'link'}`
      : (element.dataset.focusWalk ?? `${element.tagName.toLowerCase()} “${label}”`)

    const style = getComputedStyle(element)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && style.outlineColor !== 'rgba(0, 0, 0, 0)'
    const hasFocusIndicator = outlined || style.boxShadow !== 'none'

    // A link that wraps has one box per line; it is visible when the middle of any of them shows it.
    const hits = [...element.getClientRects()].map((box) => {
      const x = box.left + box.width / 2
      const y = box.top + box.height / 2
      const onScreen = x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight
      return onScreen ? document.elementFromPoint(x, y) : null
    })
    const shown = hits.some((hit) => hit && (hit === element || element.contains(hit)))
    const hit = hits.find(Boolean)
    const coveredBy = shown ? null : hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'outside the viewport'
    return { control, hasFocusIndicator, coveredBy }
  }, ROW_CONTROL)
}

const SETTLE_ATTEMPTS = 5

function nextFrames(page: Page) {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )
}

/**
 * Inspects focus once the page has settled: a virtualized list may still be placing the rows around the focused
 * one for a frame or two after it scrolls into view, which a person never sees but one sample can catch.
 */
export async function inspectSettledFocus(page: Page) {
  let stop = await inspectFocus(page)
  for (let attempt = 1; attempt < SETTLE_ATTEMPTS && stop?.coveredBy; attempt += 1) {
    await nextFrames(page)
    stop = await inspectFocus(page)
  }
  return stop
}

/** Presses Tab from the top of the page until focus leaves the page or comes back round, recording every stop. */
export async function tabThroughPage(page: Page, maxStops: number) {
  const stops: FocusStop[] = []
  for (let pressed = 0; pressed < maxStops; pressed += 1) {
    await page.keyboard.press('Tab')
    const stop = await inspectSettledFocus(page)
    if (!stop || stop.control === stops[0]?.control) return stops
    stops.push(stop)
  }
  throw new Error(`focus did not leave the page within ${maxStops} Tab presses`)
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, maxStops = 80) {
  for (let pressed = 0; pressed < maxStops; pressed += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}
