// Keeps the figures: the full set in latest-results.json, the table in the README between the bench markers.
import { readFile, writeFile } from 'node:fs/promises'
import type { EvidenceFigures } from './evidence-probe'
import type { FirstTextFigures } from './first-text-probe'
import type { FocusFigures } from './focus-probe'
import { markdownTable, type BenchFigures } from './results-table'
import type { checkTargets } from './targets'

export type RunInfo = { date: string; chromium: string; cores: number; callId: string; segments: number }

export async function writeResults(
  info: RunInfo,
  figures: BenchFigures,
  evidence: EvidenceFigures,
  focus: FocusFigures,
  firstText: { longCall: FirstTextFigures; shortCall: FirstTextFigures },
  targets: ReturnType<typeof checkTargets>,
) {
  await writeFile(new URL('latest-results.json', import.meta.url), `${JSON.stringify({ ...info, figures, evidence, focus, firstText, targets }, null, 2)}\n`)

  const readmePath = new URL('../../README.md', import.meta.url)
  const readme = await readFile(readmePath, 'utf8')
  const machine = `Measured ${info.date.slice(0, 10)} in Chromium ${info.chromium} on ${info.cores} cores (${info.segments.toLocaleString('en-US')} segments).`
  const evidenceLine =
    `Evidence links: the first shows ${Math.round(evidence.evidenceAfterTranscriptMs)} ms after the app’s transcript (its search box) shows; ` +
    `${tasksOver50Ms(evidence.longTasksWhileIndexing)} in between (longest ${Math.round(evidence.longestTaskWhileIndexingMs)} ms), the index being built in a worker.`
  const focusLine =
    `Focused listening: "Play only" shows in ${Math.round(focus.playOnlyPaintedMs)} ms and "Skip silences" in ${Math.round(focus.skipSilencesPaintedMs)} ms; ` +
    `${tasksOver50Ms(focus.longTasks)} while choosing them and playing 5 s at 2× (${focus.listening}).`
  const firstTextLine =
    `First transcript text, medians of ${firstText.longCall.rounds} loads each: ${firstTextFigures(firstText.longCall)} on the 3-hour call, ` +
    `${firstTextFigures(firstText.shortCall)} on the 36-minute demo call (${firstText.shortCall.segments} segments).`
  const section = `<!-- bench:start -->\n${markdownTable(figures)}\n\n${firstTextLine}\n\n${evidenceLine}\n\n${focusLine}\n\n${machine}\n<!-- bench:end -->`
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section)
  if (updated === readme && !readme.includes(section)) console.warn('README has no bench markers; table not written')
  else await writeFile(readmePath, updated)
}

const firstTextFigures = ({ appMs, plainDomMs, reactListMs }: FirstTextFigures) =>
  `${Math.round(appMs)} ms against ${Math.round(plainDomMs)} ms for the plain-DOM page (${(appMs / plainDomMs).toFixed(2)}×) ` +
  `and ${Math.round(reactListMs).toLocaleString('en-US')} ms for the plain React list`

const tasksOver50Ms = (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'} over 50 ms`
