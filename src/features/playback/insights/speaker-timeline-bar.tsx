import { useMemo, type MouseEvent } from 'react'
import type { Segment } from '@/entities/call/normalize-segments'
import { useMediaActions } from '@/features/playback/media/media-context'
import { speakerColor, type Speaker } from '@/features/playback/transcript/speaker-colors'
import { buildTimelineBands } from './speaker-timeline'

type SpeakerTimelineBarProps = {
  segments: readonly Segment[]
  speakerOf: readonly Speaker[]
  durationSeconds: number
}

/** Coloured bands of who speaks when; a click seeks there. The seek slider is the accessible equivalent. */
export function SpeakerTimelineBar({ segments, speakerOf, durationSeconds }: SpeakerTimelineBarProps) {
  const media = useMediaActions()
  const bands = useMemo(() => buildTimelineBands(segments, speakerOf, durationSeconds), [segments, speakerOf, durationSeconds])
  if (bands.length === 0) return null

  const seekTo = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    if (box.width > 0) media.seek(((event.clientX - box.left) / box.width) * durationSeconds)
  }

  return (
    <div aria-hidden="true" className="relative h-2.5 w-full cursor-pointer overflow-hidden rounded-full bg-muted" onClick={seekTo}>
      {bands.map((band) => (
        <span
          key={band.from}
          className="absolute inset-y-0"
          style={{
            left: `${band.from * 100}%`,
            width: `${(band.to - band.from) * 100}%`,
            background: speakerColor(band.speaker.slot),
          }}
        />
      ))}
    </div>
  )
}
