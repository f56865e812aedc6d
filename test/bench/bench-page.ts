// A fresh page for one measurement: the call answered from memory, and the scripts to run before the page's own.
import type { Browser } from 'playwright-core'
import { serveCall, type BenchCall } from './bench-call'

export const BENCH_VIEWPORT = { width: 1440, height: 900 }

export async function openBenchPage(browser: Browser, call: BenchCall, ...initScripts: (() => void)[]) {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await serveCall(cdp, call)
  // tsx compiles this script keeping function names through a `__name` helper, which the functions sent to the page call too.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  for (const script of initScripts) await page.addInitScript(script)
  return { context, page, cdp }
}
