import { memo } from 'react'
import { formatTimestamp } from '@/lib/format/format'
import { formatTimePhrase } from '@/lib/dates/dates'
import { useMediaActions, useMediaSelector } from './media-context'
import { useSearchMarks } from '@/features/playback/transcript/search-marks'

const NO_MARKS: readonly number[] = []

/** The seek bar (a native range input, so keyboard and screen readers get it for free), with `marks` (points of interest) and the search matches drawn under it. */
export function SeekSlider({ duration, marks = NO_MARKS }: { duration: number; marks?: readonly number[] }) {
  const media = useMediaActions()
  const current = useMediaSelector((snapshot) => Math.floor(snapshot.currentTime))

  return (
    <div className="flex items-center gap-3">
      <span className="w-14 text-right font-mono text-xs tabular-nums">{formatTimestamp(current, duration)}</span>
      <span className="relative flex min-w-0 flex-1 items-center">
        <input
          type="range"
          aria-label="Seek"
          min={0}
          max={Math.max(1, Math.floor(duration))}
          step={1}
          value={Math.min(current, Math.floor(duration) || current)}
          aria-valuetext={`${formatTimePhrase(current)} of ${formatTimePhrase(duration)}`}
          onChange={(event) => media.seek(Number(event.target.value))}
          className="h-2 min-w-0 flex-1 cursor-pointer accent-primary"
        />
        <MarkTicks times={marks} duration={duration} className="stroke-warning" />
        <SearchTicks duration={duration} />
      </span>
      <span className="w-14 font-mono text-xs text-muted-foreground tabular-nums">{formatTimestamp(duration, duration)}</span>
    </div>
  )
}

function SearchTicks({ duration }: { duration: number }) {
  return <MarkTicks times={useSearchMarks()} duration={duration} className="stroke-primary" />
}

/**
 * Where the marked moments fall along the bar, so a reviewer sees where they cluster: one path, however many
 * thousands of marks a long call has. Decoration only: each moment is listed where it can be reached. Memoised, as
 * the bar renders every second of playback and the marks rarely change.
 */
const MarkTicks = memo(function MarkTicks({ times, duration, className }: { times: readonly number[]; duration: number; className: string }) {
  if (times.length === 0 || !(duration > 0)) return null
  const positions = new Set(times.map((seconds) => Math.round((Math.min(Math.max(seconds, 0), duration) / duration) * 1000)))
  const path = [...positions].map((position) => `M${position} 0v1`).join('')
  return (
    <svg aria-hidden="true" viewBox="0 0 1000 1" preserveAspectRatio="none" className="pointer-events-none absolute inset-x-0 -bottom-1.5 h-1 w-full">
      <path d={path} className={className} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  )
})
