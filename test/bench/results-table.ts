// One row per figure, one column per subject, plus the app's ratio to each baseline.
import type { SubjectFigures } from './measure-subject'
import { SEARCH_WORD } from './measure-subject'

export type BenchFigures = { app: SubjectFigures; reactList: SubjectFigures; plainDom: SubjectFigures }

type Metric = { label: string; unit?: 'ms' | 'MB'; pick: (figures: SubjectFigures) => number }

const METRICS: Metric[] = [
  { label: 'First transcript text', unit: 'ms', pick: (f) => f.firstTextMs },
  { label: 'DOM elements (most seen)', pick: (f) => f.domElements },
  { label: 'JS heap after load', unit: 'MB', pick: (f) => f.heapMb },
  { label: 'Seek → next frame, median', unit: 'ms', pick: (f) => f.seek.median },
  { label: 'Seek → next frame, p95', unit: 'ms', pick: (f) => f.seek.p95 },
  { label: 'Seek → next frame, max', unit: 'ms', pick: (f) => f.seek.max },
  { label: '0.25 s step → next frame, median', unit: 'ms', pick: (f) => f.step.median },
  { label: '0.25 s step → next frame, p95', unit: 'ms', pick: (f) => f.step.p95 },
  { label: '0.25 s step → next frame, max', unit: 'ms', pick: (f) => f.step.max },
  { label: 'Long tasks during playback', pick: (f) => f.longTasksDuringPlayback },
  { label: 'Scroll top to bottom', unit: 'ms', pick: (f) => f.scroll.totalMs },
  { label: 'Scroll, per viewport', unit: 'ms', pick: (f) => f.scroll.totalMs / f.scroll.frames },
  { label: 'Search keystroke → next frame, median', unit: 'ms', pick: (f) => f.search.median },
  { label: 'Search keystroke → next frame, max', unit: 'ms', pick: (f) => f.search.max },
  { label: `Matches for “${SEARCH_WORD}”`, pick: (f) => f.search.matches },
]

const HEADER = ['', 'app', 'plain React', 'plain DOM', 'app ÷ React', 'app ÷ DOM']

export function tableRows({ app, reactList, plainDom }: BenchFigures) {
  return METRICS.map(({ label, unit, pick }) => {
    const [ours, react, dom] = [pick(app), pick(reactList), pick(plainDom)]
    return [label, ...[ours, react, dom].map((value) => formatValue(value, unit)), ratio(ours, react), ratio(ours, dom)]
  })
}

export function markdownTable(figures: BenchFigures) {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(HEADER), line(HEADER.map(() => '---')), ...tableRows(figures).map(line)].join('\n')
}

export function consoleTable(figures: BenchFigures) {
  const rows = [HEADER, ...tableRows(figures)]
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n')
}

function formatValue(value: number, unit?: 'ms' | 'MB') {
  if (!Number.isFinite(value)) return '—'
  const digits = unit === 'MB' || (unit === 'ms' && value < 100) ? 1 : 0
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return unit ? `${text} ${unit}` : text
}

function ratio(ours: number, theirs: number) {
  return theirs > 0 && Number.isFinite(ours) ? `${(ours / theirs).toFixed(2)}×` : '—'
}
