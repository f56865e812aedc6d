// What the app promises against the baselines, checked on every run.
import type { EvidenceFigures } from './evidence-probe'
import type { FirstTextFigures } from './first-text-probe'
import type { FocusFigures } from './focus-probe'
import type { BenchFigures } from './results-table'

const ms = (value: number) => `${Math.round(value)} ms`

export function checkTargets(
  { app, plainDom }: BenchFigures,
  evidence: EvidenceFigures,
  focus: FocusFigures,
  firstText: { longCall: FirstTextFigures; shortCall: FirstTextFigures },
) {
  const playbackP95 = Math.max(app.seek.p95 / plainDom.seek.p95, app.step.p95 / plainDom.step.p95)
  return [
    firstTextTarget('on the 3-hour call', firstText.longCall, 1.5),
    firstTextTarget('on the 36-minute call', firstText.shortCall, 1.2),
    {
      target: 'playback tick p95 within 1.5× of the plain DOM page',
      pass: playbackP95 <= 1.5,
      figures: `seek ${ms(app.seek.p95)} vs ${ms(plainDom.seek.p95)}, step ${ms(app.step.p95)} vs ${ms(plainDom.step.p95)} (worst ${playbackP95.toFixed(2)}×)`,
    },
    {
      target: 'no long task during playback',
      pass: app.longTasksDuringPlayback === 0,
      figures: `${app.longTasksDuringPlayback} long tasks`,
    },
    { target: 'DOM under 1,500 elements', pass: app.domElements < 1_500, figures: `${app.domElements} elements` },
    { target: 'JS heap under 30 MB', pass: app.heapMb < 30, figures: `${app.heapMb.toFixed(1)} MB` },
    {
      target: 'first text at least 4× faster than the plain React list on the 3-hour call',
      pass: firstText.longCall.appMs * 4 <= firstText.longCall.reactListMs,
      figures: `${ms(firstText.longCall.appMs)} vs ${ms(firstText.longCall.reactListMs)} (${(firstText.longCall.reactListMs / firstText.longCall.appMs).toFixed(1)}× faster, medians of ${firstText.longCall.rounds})`,
    },
    {
      target: 'first evidence link within 1 s of the app’s transcript',
      pass: evidence.evidenceAfterTranscriptMs <= 1_000,
      figures: ms(evidence.evidenceAfterTranscriptMs),
    },
    {
      target: 'no task over 50 ms from the app’s transcript to the first evidence link',
      pass: evidence.longTasksWhileIndexing === 0,
      figures: `${evidence.longTasksWhileIndexing} long tasks, longest ${ms(evidence.longestTaskWhileIndexingMs)}`,
    },
    {
      target: 'focused listening shows each choice within 100 ms',
      pass: Math.max(focus.playOnlyPaintedMs, focus.skipSilencesPaintedMs) <= 100,
      figures: `Play only ${ms(focus.playOnlyPaintedMs)}, Skip silences ${ms(focus.skipSilencesPaintedMs)}`,
    },
    {
      target: 'no task over 50 ms while choosing focus or playing with it',
      pass: focus.longTasks === 0,
      figures: `${focus.longTasks} long tasks, longest ${ms(focus.longestTaskMs)}; ${focus.listening}; played ${focus.secondsPlayed.toFixed(1)} s of the recording in 5 s at 2×`,
    },
  ]
}

function firstTextTarget(call: string, { appMs, plainDomMs, rounds }: FirstTextFigures, limit: number) {
  return {
    target: `first text within ${limit}× of the plain DOM page ${call}`,
    pass: appMs <= limit * plainDomMs,
    figures: `${ms(appMs)} vs ${ms(plainDomMs)} (${(appMs / plainDomMs).toFixed(2)}×, medians of ${rounds})`,
  }
}
