// Lighthouse scores of the built demo call page, desktop and mobile. Builds the
// app, serves it with `npm run preview` in demo mode, audits it with Debian's
// Chromium, prints the scores, writes them to latest-scores.json and into the
// README between the lighthouse markers.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { freePort, runCommand, startPreview, stop } from '../e2e/processes'
import { launchDebuggableChromium } from './launch-debuggable-chromium'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const FORM_FACTORS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined },
] as const

type Scores = Record<(typeof CATEGORIES)[number], number>
type Finding = { category: string; audit: string; score: number | null }

const distDir = await mkdtemp(join(tmpdir(), 'aura-lighthouse-dist-'))
await runCommand('npm', ['run', 'build', '--', '--outDir', distDir, '--emptyOutDir'], { AURA_API_KEY: '' })
const preview = await startPreview(await freePort(), { AURA_API_KEY: '' }, distDir)
const chromium = await launchDebuggableChromium()
const url = `${preview.url}/calls/${DEMO_CALL_IDS.closed}`
const reportDir = await mkdtemp(join(tmpdir(), 'aura-lighthouse-reports-'))
const results: { formFactor: string; scores: Scores; findings: Finding[] }[] = []
try {
  for (const { name, config } of FORM_FACTORS) {
    const runnerResult = await lighthouse(
      url,
      { port: chromium.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      config,
    )
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${name}`)
    await writeFile(join(reportDir, `${name}.html`), runnerResult.report)
    await writeFile(join(reportDir, `${name}.json`), JSON.stringify(runnerResult.lhr))
    results.push({ formFactor: name, ...summarize(runnerResult.lhr) })
  }
} finally {
  await chromium.close()
  stop(preview.child)
  await rm(distDir, { recursive: true, force: true })
}

console.table(Object.fromEntries(results.map(({ formFactor, scores }) => [formFactor, scores])))
for (const { formFactor, findings } of results) {
  for (const { category, audit, score } of findings) console.log(`${formFactor} · ${category}: ${audit} (score ${score ?? 'n/a'})`)
}
console.log(`Full reports: ${reportDir}`)
await writeFile(
  new URL('latest-scores.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), url: `/calls/${DEMO_CALL_IDS.closed}`, results }, null, 2)}\n`,
)
await writeReadmeTable(results)

function summarize(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']) {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Scores
  // The audits that cost points, so a score below 100 comes with its reason.
  const findings = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ category, audit: ref.id, score: lhr.audits[ref.id]?.score ?? null }))
      .filter(({ score }) => score !== null && score < 1),
  )
  return { scores, findings }
}

async function writeReadmeTable(rows: typeof results) {
  const readmePath = new URL('../../README.md', import.meta.url)
  const readme = await readFile(readmePath, 'utf8')
  const table = [
    '| | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(({ formFactor, scores: s }) => `| ${formFactor} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`),
  ].join('\n')
  const updated = readme.replace(
    /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/,
    `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`,
  )
  if (updated === readme && !readme.includes(table)) console.warn('README has no lighthouse markers; table not written')
  await writeFile(readmePath, updated)
}
