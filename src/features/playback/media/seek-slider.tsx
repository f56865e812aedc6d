import { formatTimestamp } from '@/lib/format/format'
import { formatTimePhrase } from '@/lib/dates/dates'
import { useMediaActions, useMediaSelector } from './media-context'

/** The seek bar: a native range input, so keyboard and screen readers get it for free. */
export function SeekSlider({ duration }: { duration: number }) {
  const media = useMediaActions()
  const current = useMediaSelector((snapshot) => Math.floor(snapshot.currentTime))

  return (
    <div className="flex items-center gap-3">
      <span className="w-14 text-right font-mono text-xs tabular-nums">{formatTimestamp(current, duration)}</span>
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
      <span className="w-14 font-mono text-xs text-muted-foreground tabular-nums">{formatTimestamp(duration, duration)}</span>
    </div>
  )
}
