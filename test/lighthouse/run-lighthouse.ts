// Lighthouse scores of the built demo call page, desktop and mobile, three runs
// each: a single run's performance score moves by ten points or more from one
// run to the next, so the median run stands for each. The bench's plain-DOM
// page, which shows the same call's transcript with no framework, is audited on
// mobile too, from the same server: what this machine scores for a page with
// almost no script, beside the app. Builds both, serves them with `npm run
// preview` in demo mode, audits them with Debian's Chromium, prints the scores,
// writes them to latest-scores.json and into the README between the lighthouse
// markers.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { BASELINE_PAGES, buildBaselines } from '../bench/build-subjects'
import { freePort, runCommand, startPreview, stop } from '../e2e/processes'
import { launchDebuggableChromium } from './launch-debuggable-chromium'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const BASELINE_FOLDER = 'lighthouse-baseline'
const AUDITS = [
  { name: 'desktop', page: 'app', config: desktopConfig },
  { name: 'mobile', page: 'app', config: undefined },
  { name: 'mobile, plain-DOM page', page: 'plainDom', config: undefined },
] as const

const RUNS = 3
const MAX_ATTEMPTS = 3
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
} as const

type Scores = Record<(typeof CATEGORIES)[number], number>
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

const distDir = await mkdtemp(join(tmpdir(), 'aura-lighthouse-dist-'))
await runCommand('npm', ['run', 'build', '--', '--outDir', distDir, '--emptyOutDir'], { AURA_API_KEY: '' })
// In the app's folder, so the baseline gets the app's headers and compression and reads the call from the same API.
await buildBaselines(join(distDir, BASELINE_FOLDER))
const preview = await startPreview(await freePort(), { AURA_API_KEY: '' }, distDir)
const chromium = await launchDebuggableChromium()
const urls = {
  app: `${preview.url}/calls/${DEMO_CALL_IDS.closed}`,
  plainDom: `${preview.url}/${BASELINE_FOLDER}/${BASELINE_PAGES.plainDom}?call=${DEMO_CALL_IDS.closed}`,
}
const reportDir = await mkdtemp(join(tmpdir(), 'aura-lighthouse-reports-'))
const results: (ReturnType<typeof summarize> & { audit: string; url: string; runScores: number[] })[] = []
try {
  for (const { name, page, config } of AUDITS) {
    const runs: { lhr: Report; report: string }[] = []
    for (let run = 1; run <= RUNS; run++) {
      const runnerResult = await auditOnce(urls[page], config, name)
      const report = Array.isArray(runnerResult.report) ? runnerResult.report.join('') : runnerResult.report
      const file = `${name.replaceAll(/\W+/g, '-')}-${run}`
      await writeFile(join(reportDir, `${file}.html`), report)
      await writeFile(join(reportDir, `${file}.json`), JSON.stringify(runnerResult.lhr))
      runs.push({ lhr: runnerResult.lhr, report })
    }
    const byScore = runs.map(({ lhr }) => lhr).sort((a, b) => performanceOf(a) - performanceOf(b))
    const median = byScore[Math.floor(byScore.length / 2)]!
    const path = urls[page].slice(preview.url.length)
    results.push({ audit: name, url: path, runScores: runs.map(({ lhr }) => performanceOf(lhr)), ...summarize(median) })
  }
} finally {
  await chromium.close()
  stop(preview.child)
  await rm(distDir, { recursive: true, force: true })
}

console.table(Object.fromEntries(results.map(({ audit, scores, metrics, runScores, benchmarkIndex }) => [audit, { ...scores, ...metrics, runs: runScores.join(' '), benchmarkIndex }])))
for (const { audit: audited, findings } of results) {
  for (const { category, audit, score } of findings) console.log(`${audited} · ${category}: ${audit} (score ${score ?? 'n/a'})`)
}
console.log(`Full reports: ${reportDir}`)
await writeFile(
  new URL('latest-scores.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
)
await writeReadmeTable(results)

function performanceOf(lhr: Report) {
  return Math.round((lhr.categories.performance?.score ?? 0) * 100)
}

/** The median run's scores, its metrics as Lighthouse shows them, and the audits that cost it points. */
function summarize(lhr: Report) {
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([audit, label]) => [label, lhr.audits[audit]?.displayValue ?? 'n/a']),
  ) as Record<(typeof METRICS)[keyof typeof METRICS], string>
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Scores
  // The audits that cost points, so a score below 100 comes with its reason.
  const findings: { category: string; audit: string; score: number | null }[] = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ category, audit: ref.id, score: lhr.audits[ref.id]?.score ?? null }))
      .filter(({ score }) => score !== null && score < 1),
  )
  // Lighthouse's measure of this machine's speed, as its runs on a slower one score lower.
  const benchmarkIndex = Math.round(lhr.environment.benchmarkIndex)
  return { scores, metrics, findings, benchmarkIndex }
}

async function writeReadmeTable(rows: typeof results) {
  const readmePath = new URL('../../README.md', import.meta.url)
  const readme = await readFile(readmePath, 'utf8')
  const table = [
    `| | Performance (median of ${RUNS}) | Runs | FCP | LCP | TBT | CLS | Accessibility | Best practices | SEO | CPU benchmark index |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ audit, scores: s, metrics: m, runScores, benchmarkIndex }) =>
        `| ${audit} | ${s.performance} | ${runScores.join(', ')} | ${m.FCP} | ${m.LCP} | ${m.TBT} | ${m.CLS} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${benchmarkIndex} |`,
    ),
  ].join('\n')
  const updated = readme.replace(
    /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/,
    `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`,
  )
  if (updated === readme && !readme.includes(table)) console.warn('README has no lighthouse markers; table not written')
  await writeFile(readmePath, updated)
}

/**
 * One audit. Now and then Lighthouse fails to record its trace of the load (NO_NAVSTART) and reports a runtime error
 * with every metric missing, which would count as a score of 0; as its message asks, that run is taken again.
 */
async function auditOnce(url: string, config: typeof desktopConfig | undefined, name: string) {
  for (let attempt = 1; ; attempt++) {
    const runnerResult = await lighthouse(url, { port: chromium.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config)
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${name}`)
    const { runtimeError } = runnerResult.lhr
    if (!runtimeError) return runnerResult
    if (attempt === MAX_ATTEMPTS) throw new Error(`Lighthouse failed ${MAX_ATTEMPTS} times for ${name}: ${runtimeError.code}`)
    console.log(`${name}: Lighthouse failed (${runtimeError.code}), running it again`)
  }
}
