import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { useMediaActions, useMediaSelector } from './media-context'
import { PLAYBACK_RATES } from './playback-preferences'

export function PlayerControls({ children }: { children?: ReactNode }) {
  const media = useMediaActions()
  const paused = useMediaSelector((snapshot) => snapshot.paused)
  const rate = useMediaSelector((snapshot) => snapshot.playbackRate)
  const volume = useMediaSelector((snapshot) => snapshot.volume)
  const muted = useMediaSelector((snapshot) => snapshot.muted)

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="ghost" onClick={() => media.seekBy(-10)} title="Back 10 seconds" aria-keyshortcuts="J">
        −10s
      </Button>
      <Button variant="primary" className="min-w-20" onClick={() => media.togglePlay()} aria-keyshortcuts="K Space">
        {paused ? 'Play' : 'Pause'}
      </Button>
      <Button variant="ghost" onClick={() => media.seekBy(10)} title="Forward 10 seconds" aria-keyshortcuts="L">
        +10s
      </Button>
      {children}
      <label className="ml-auto flex items-center gap-1.5 text-xs text-muted-foreground">
        Speed
        <select
          value={String(rate)}
          onChange={(event) => media.setPreferredRate(Number(event.target.value))}
          className="rounded-md border border-border bg-card px-1.5 py-1 text-sm text-foreground"
        >
          {PLAYBACK_RATES.map((option) => (
            <option key={option} value={String(option)}>
              {option}×
            </option>
          ))}
        </select>
      </label>
      <Button variant="ghost" aria-pressed={muted} onClick={() => media.toggleMute()} size="sm">
        {muted ? 'Unmute' : 'Mute'}
      </Button>
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={1}
        step={0.05}
        value={muted ? 0 : volume}
        aria-valuetext={`${Math.round((muted ? 0 : volume) * 100)}%`}
        onChange={(event) => media.setVolume(Number(event.target.value))}
        className="w-20 accent-primary"
      />
    </div>
  )
}
