// Time to the first transcript text alone: opened a few times in turn for each subject, so a short call's
// small figures compare by their medians rather than by one noisy load each.
import type { Browser } from 'playwright-core'
import type { BenchCall } from './bench-call'
import { openBenchPage } from './bench-page'
import { installBenchProbe } from './bench-probe'
import { spread } from './stats'

export type FirstTextFigures = Awaited<ReturnType<typeof measureFirstText>>

export async function measureFirstText(browser: Browser, urls: { app: string; plainDom: string; reactList: string }, call: BenchCall, rounds = 5) {
  const samples = { app: [] as number[], plainDom: [] as number[], reactList: [] as number[] }
  for (let round = 0; round < rounds; round++) {
    for (const subject of ['app', 'plainDom', 'reactList'] as const) samples[subject].push(await firstTextMs(browser, urls[subject], call))
  }
  const median = (subject: keyof typeof samples) => spread(samples[subject]).median
  return { segments: call.segmentCount, appMs: median('app'), plainDomMs: median('plainDom'), reactListMs: median('reactList'), rounds }
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
