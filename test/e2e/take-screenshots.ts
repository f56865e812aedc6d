// Screenshots of the demo call for the README: desktop and phone, light and dark; and, on a desktop, a shared
// quoted range shown in screen-share safe mode.
// Run with `npm run screenshots` after `npm run build`.
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { launchBrowser } from './browser'
import { drawSkippedPanels } from './draw-skipped-panels'
import { freePort, startPreview, stop } from './processes'
import { visitEachPanel } from './visit-each-panel'

const SHOTS = [
  { name: 'desktop', viewport: { width: 1440, height: 1000 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
] as const
const SHARED_RANGE = '?t=754-812&private=1'

const preview = await startPreview(await freePort(), { AURA_API_KEY: '' })
const browser = await launchBrowser()
try {
  for (const { name, viewport } of SHOTS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 })
      const page = await context.newPage()
      await page.goto(`${preview.url}/calls/${DEMO_CALL_IDS.closed}`)
      await page.getByRole('heading', { level: 1, name: /^Call with/ }).waitFor()
      // On a phone the panels under the transcript mount as the reader scrolls near them; then their lookups load.
      await visitEachPanel(page)
      await page.waitForLoadState('networkidle')
      await drawSkippedPanels(page)
      const path = `docs/call-page-${name}-${colorScheme}.png`
      await page.screenshot({ path, fullPage: true })
      console.log(`wrote ${path}`)
      await context.close()
    }
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: SHOTS[0].viewport, colorScheme, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.goto(`${preview.url}/calls/${DEMO_CALL_IDS.closed}${SHARED_RANGE}`)
    await page.getByRole('region', { name: /^Quoted range/ }).waitFor()
    await page.getByRole('region', { name: 'Outcome' }).getByText('Routeline Dispatch').waitFor()
    await page.waitForLoadState('networkidle')
    // From the top: the mode's banner and the masked panels, with the range's rows at the top of the transcript.
    await page.evaluate(() => window.scrollTo(0, 0))
    const path = `docs/shared-range-private-${colorScheme}.png`
    await page.screenshot({ path })
    console.log(`wrote ${path}`)
    await context.close()
  }
} finally {
  await browser.close()
  stop(preview.child)
}
