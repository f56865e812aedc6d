// Time to the first transcript text alone: opened a few times in turn for each subject, so a short call's
// small figures compare by their medians rather than by one noisy load each.
import type { Browser } from 'playwright-core'
import type { BenchCall } from './bench-call'
import { openBenchPage } from './bench-page'
import { installBenchProbe } from './bench-probe'
import { spread } from './stats'

export type FirstTextFigures = Awaited<ReturnType<typeof measureFirstText>>

export async function measureFirstText(browser: Browser, urls: { app: string; plainDom: string }, call: BenchCall, rounds = 5) {
  const samples = { app: [] as number[], plainDom: [] as number[] }
  for (let round = 0; round < rounds; round++) {
    samples.app.push(await firstTextMs(browser, urls.app, call))
    samples.plainDom.push(await firstTextMs(browser, urls.plainDom, call))
  }
  return { segments: call.segmentCount, appMs: spread(samples.app).median, plainDomMs: spread(samples.plainDom).median, rounds }
}

async function firstTextMs(browser: Browser, url: string, call: BenchCall) {
  const { context, page } = await openBenchPage(browser, call, installBenchProbe)
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.benchProbe.firstTextAt !== null, undefined, { polling: 100, timeout: 60_000 })
    return await page.evaluate(() => window.benchProbe.firstTextAt!)
  } finally {
    await context.close()
  }
}
