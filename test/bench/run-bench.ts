// The transcript benchmark: builds the app and two baseline pages, serves the
// app with `npm run preview` in demo mode and the baselines from a static
// server, opens the 3-hour demo call in each, prints the figures side by side
// and checks the app's targets. Writes latest-results.json and the README table.
import { rm } from 'node:fs/promises'
import { cpus } from 'node:os'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { securityHeaders } from '../../src/server/http/security-headers'
import { launchBrowser } from '../e2e/browser'
import { freePort, startPreview, stop } from '../e2e/processes'
import { loadBenchCall } from './bench-call'
import { BASELINE_PAGES, buildApp, buildBaselines } from './build-subjects'
import { measureSubject, SEARCH_WORD } from './measure-subject'
import { measureEvidence } from './evidence-probe'
import { measureFirstText } from './first-text-probe'
import { measureFocus } from './focus-probe'
import { consoleTable, type BenchFigures } from './results-table'
import { sanityWarnings } from './sanity-checks'
import { serveDirectory } from './static-server'
import { checkTargets } from './targets'
import { writeResults } from './write-results'

const callId = DEMO_CALL_IDS.long
const started = Date.now()
const cleanups: (() => unknown)[] = []
try {
  const [appDir, baselinesDir] = await Promise.all([buildApp(), buildBaselines()])
  cleanups.push(() => Promise.all([appDir, baselinesDir].map((dir) => rm(dir, { recursive: true, force: true }))))
  const preview = await startPreview(await freePort(), { AURA_API_KEY: '' }, appDir)
  cleanups.push(() => stop(preview.child))
  // The app's own security headers on the baselines too: its cross-origin opener policy has Chromium move the page
  // into a renderer process of its own as it opens, a cost the server adds to any page it serves, framework or not.
  const baselines = await serveDirectory(baselinesDir, securityHeaders({ contentSecurityPolicy: true, https: false }))
  cleanups.push(baselines.close)
  const browser = await launchBrowser()
  cleanups.push(() => browser.close())

  const call = await loadBenchCall(preview.url, callId)
  const subjects = {
    app: `${preview.url}/calls/${callId}`,
    reactList: `${baselines.url}/${BASELINE_PAGES.reactList}?call=${callId}`,
    plainDom: `${baselines.url}/${BASELINE_PAGES.plainDom}?call=${callId}`,
  }
  const figures = {} as BenchFigures
  for (const [name, url] of Object.entries(subjects) as [keyof BenchFigures, string][]) {
    console.log(`measuring ${name}…`)
    figures[name] = await measureSubject(browser, url, call)
  }

  console.log('measuring evidence links…')
  const evidence = await measureEvidence(browser, subjects.app, call)
  console.log('measuring focused listening…')
  const focus = await measureFocus(browser, subjects.app, call)
  // Medians of a few loads each: one load's first text moves with the machine by more than the targets allow.
  console.log('measuring first text on the 3-hour and the 36-minute call…')
  const shortCall = await loadBenchCall(preview.url, DEMO_CALL_IDS.closed)
  const firstText = {
    longCall: await measureFirstText(browser, subjects, call),
    shortCall: await measureFirstText(
      browser,
      {
        app: `${preview.url}/calls/${DEMO_CALL_IDS.closed}`,
        plainDom: `${baselines.url}/${BASELINE_PAGES.plainDom}?call=${DEMO_CALL_IDS.closed}`,
        reactList: `${baselines.url}/${BASELINE_PAGES.reactList}?call=${DEMO_CALL_IDS.closed}`,
      },
      shortCall,
    ),
  }

  console.log(`\n${consoleTable(figures)}\n`)
  for (const warning of sanityWarnings(figures, call.countMatches(SEARCH_WORD))) console.log(`note  ${warning}`)
  const targets = checkTargets(figures, evidence, focus, firstText)
  for (const { target, pass, figures: detail } of targets) console.log(`${pass ? 'PASS' : 'MISS'}  ${target}: ${detail}`)

  await writeResults(
    { date: new Date().toISOString(), chromium: browser.version(), cores: cpus().length, callId, segments: call.segmentCount },
    figures,
    evidence,
    focus,
    firstText,
    targets,
  )
  console.log(`\nwrote test/bench/latest-results.json and the README table in ${Math.round((Date.now() - started) / 1000)} s`)
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
