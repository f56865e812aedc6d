import { useMemo, type MouseEvent } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { useMediaActions } from '@/features/playback/media/media-context'
import { speakerColor, type Speaker } from '@/features/playback/transcript/speaker-colors'
import { buildTimelineBands, PATH_WIDTH, speakerPaths, stretchesPath } from './speaker-timeline'
import type { SkipRange } from '@/features/playback/focus/skip-ranges'

type SpeakerTimelineBarProps = {
  segments: readonly Segment[]
  speakerOf: readonly Speaker[]
  durationSeconds: number
  /** Stretches focused listening passes over, drawn faded. */
  skips?: readonly SkipRange[]
}

/** Coloured bands of who speaks when; a click seeks there. The seek slider is the accessible equivalent. */
export function SpeakerTimelineBar({ segments, speakerOf, durationSeconds, skips = [] }: SpeakerTimelineBarProps) {
  const media = useMediaActions()
  const paths = useMemo(() => speakerPaths(buildTimelineBands(segments, speakerOf, durationSeconds)), [segments, speakerOf, durationSeconds])
  if (paths.length === 0) return null

  const seekTo = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    if (box.width > 0) media.seek(((event.clientX - box.left) / box.width) * durationSeconds)
  }

  return (
    <div aria-hidden="true" className="relative h-2.5 w-full cursor-pointer overflow-hidden rounded-full bg-muted" onClick={seekTo}>
      <svg viewBox={`0 0 ${PATH_WIDTH} 1`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
        {paths.map(({ speaker, path }) => (
          <path key={speaker.key} d={path} style={{ fill: speakerColor(speaker.slot) }} />
        ))}
      </svg>
      {durationSeconds > 0 && skips.length > 0 && <SkippedStretches skips={skips} durationSeconds={durationSeconds} />}
    </div>
  )
}

/** What focused listening skips, as one path over the bands: a long call can skip thousands of stretches. */
function SkippedStretches({ skips, durationSeconds }: { skips: readonly SkipRange[]; durationSeconds: number }) {
  const path = useMemo(() => stretchesPath(skips, PATH_WIDTH / durationSeconds), [skips, durationSeconds])
  return (
    <svg viewBox={`0 0 ${PATH_WIDTH} 1`} preserveAspectRatio="none" className="pointer-events-none absolute inset-0 h-full w-full">
      <path d={path} className="fill-card opacity-75" />
    </svg>
  )
}
