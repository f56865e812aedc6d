import { formatTimestamp } from '@/lib/format/format'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import { clampSilence, SILENCE_SECONDS_RANGE, type StoredFocus } from './listening-focus-preference'
import { listenedSeconds, type SkipRange } from './skip-ranges'

type FocusControlsProps = {
  speakers: readonly Speaker[]
  focus: StoredFocus & { speakerKey: string | null }
  onChange: (focus: StoredFocus) => void
  skips: readonly SkipRange[]
  durationSeconds: number
}

/** "Play only" one speaker and "Skip silences", with how much of the recording is left to hear. */
export function FocusControls({ speakers, focus, onChange, skips, durationSeconds }: FocusControlsProps) {
  const { speakerKey, skipSilences, silenceSeconds } = focus
  const listened = listenedSeconds(durationSeconds, skips)
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-muted-foreground">
      {speakers.length > 1 && (
        <label className="flex items-center gap-1.5">
          Play only
          <select
            value={speakerKey ?? ''}
            onChange={(event) => onChange({ ...focus, speakerLabel: speakers.find((speaker) => speaker.key === event.target.value)?.label ?? null })}
            className="rounded-md border border-border bg-card px-1.5 py-1 text-sm text-foreground"
          >
            <option value="">Everyone</option>
            {speakers.map((speaker) => (
              <option key={speaker.key} value={speaker.key}>
                {speaker.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex items-center gap-1.5">
        <input type="checkbox" checked={skipSilences} onChange={(event) => onChange({ ...focus, skipSilences: event.target.checked })} />
        Skip silences
      </label>
      <label className="flex items-center gap-1.5">
        longer than
        <input
          type="number"
          min={SILENCE_SECONDS_RANGE.min}
          max={SILENCE_SECONDS_RANGE.max}
          step={0.5}
          value={silenceSeconds}
          disabled={!skipSilences}
          onChange={(event) => {
            const seconds = Number(event.target.value)
            if (Number.isFinite(seconds) && event.target.value !== '') onChange({ ...focus, silenceSeconds: clampSilence(seconds) })
          }}
          className="w-14 rounded-md border border-border bg-card px-1.5 py-1 text-sm text-foreground disabled:opacity-60"
        />
        s
      </label>
      {skips.length > 0 && durationSeconds > 0 && (
        <span className="text-foreground tabular-nums">
          listening to {formatTimestamp(listened, durationSeconds)} of {formatTimestamp(durationSeconds, durationSeconds)}
        </span>
      )}
    </div>
  )
}
