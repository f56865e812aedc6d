import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { drawSkippedPanels } from './draw-skipped-panels'

/** Every axe rule but the AAA ones: WCAG A/AA, best practices, and the experimental rules (label in name among them). */
const ALL_BUT_AAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice', 'experimental']

/** Violations of any impact, one line each: rule id, then the offending elements. */
export async function axeViolations(page: Page) {
  // Axe reads the panels away from the screen as drawn, rather than guessing their colours from a skipped box.
  const undoDrawing = await drawSkippedPanels(page)
  // Colours caught halfway through a transition (a theme switch) are not what anyone reads.
  await page.evaluate(async () => {
    const ending = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    await Promise.allSettled(ending.map((animation) => animation.finished))
  })
  try {
    const { violations } = await new AxeBuilder({ page }).withTags(ALL_BUT_AAA).options({ resultTypes: ['violations'] }).analyze()
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)
  } finally {
    await undoDrawing()
  }
}

type ErrorEnvelope = { status: number; code: string; message: string; headers?: Record<string, string> }

/** Answers every request for a call, retries included, with an Aura error envelope. */
export function failCallRequests(page: Page, { status, code, message, headers = {} }: ErrorEnvelope) {
  return page.route('**/api/v1/calls/**', (route) =>
    route.fulfill({
      status,
      headers,
      contentType: 'application/json',
      body: JSON.stringify({ success: false, error: message, code, requestId: `req_e2e_${status}` }),
    }),
  )
}

/** Leaves every request for a call unanswered, so the loading state stays on screen until the page closes. */
export function holdCallRequests(page: Page) {
  return page.route('**/api/v1/calls/**', () => new Promise<void>(() => {}))
}
