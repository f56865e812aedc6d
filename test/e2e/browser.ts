import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, onTestFinished } from 'vitest'
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

/** One browser for a test file, launched before its tests and closed after them. */
export function useBrowser() {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not running yet')
    return browser
  }
}

/** A fresh page for one test, closed when the test finishes, failed or not. See `openSharedPage`. */
export async function openPage(browser: Browser, url: string, viewport?: { width: number; height: number }) {
  const opened = await openSharedPage(browser, url, viewport)
  onTestFinished(opened.close)
  return opened
}

/** A fresh page that records uncaught errors and CSP violations in `errors`; the caller closes it (in an `afterAll`). */
export async function openSharedPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  // Content-Security-Policy violations count as page errors.
  await page.exposeFunction('reportCspViolation', (report: string) => errors.push(new Error(`CSP violation: ${report}`)))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  await page.goto(url)
  // A call page arrives with the server's first view of the call, which the app replaces once it has started.
  await page.waitForFunction(() => document.getElementById('first-paint') === null)
  return { page, errors, close: () => context.close() }
}

export function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true })
}
