import { lazy, Suspense, useDeferredValue, useEffect } from 'react'
import { useSearchParams } from 'react-router'
import type { Segment } from '@/entities/call/normalize-segments'
import { useMediaActions, useMediaDuration, useMediaRef, useMediaSelector } from './media-context'
import { playableDuration } from './media-store'
import { CaptionsToggle } from './captions-toggle'
import { PlayerControls } from './player-controls'
import { PlayerStatus } from './player-status'
import { SeekSlider } from './seek-slider'
import { ShareMomentButton } from './share-moment-button'
import type { Speaker } from '@/features/playback/transcript/speaker-colors'
import { SpeakerTimelineBar } from '@/features/playback/insights/speaker-timeline-bar'
import { useListeningFocus } from '@/features/playback/focus/use-listening-focus'
import { parseStartTime } from './start-time'
import { useCaptionsUrl } from './use-captions-url'

// Its controls load after the page's first script; the chosen focus applies from the start.
const FocusControls = lazy(() => import('@/features/playback/focus/focus-controls').then((module) => ({ default: module.FocusControls })))

type MediaPlayerProps = {
  source: string
  segments: readonly Segment[]
  transcriptSeconds: number
  speakerOf: readonly Speaker[]
  speakers: readonly Speaker[]
  language: string | null
  callId: string
  /** Moments to mark on the seek bar, in seconds. */
  marks: readonly number[]
}

export function MediaPlayer({ source, segments, transcriptSeconds, speakerOf, speakers, language, callId, marks }: MediaPlayerProps) {
  const mediaRef = useMediaRef()
  const media = useMediaActions()
  const hasVideo = useMediaSelector((snapshot) => snapshot.hasVideo)
  const [searchParams] = useSearchParams()
  const startAt = parseStartTime(searchParams.get('t'))

  useEffect(() => {
    if (startAt !== null) media.seek(startAt)
  }, [media, startAt])

  // The recording's length arriving redraws the seek bar, the speakers' bands and what focused listening skips, for
  // every segment of the call: in a render that yields to input, rather than in the media event's task.
  const duration = useDeferredValue(useMediaDuration(transcriptSeconds))
  const recordingLengthKnown = useMediaSelector((snapshot) => playableDuration(snapshot, 0) > 0)
  const captionsUrl = useCaptionsUrl(segments, recordingLengthKnown)
  const listening = useListeningFocus(segments, speakerOf, duration)

  return (
    <div className="flex flex-col gap-3 print:hidden">
      <video
        ref={mediaRef}
        src={source}
        preload="metadata"
        playsInline
        className={hasVideo ? 'max-h-[50vh] w-full rounded-lg bg-black' : 'hidden'}
      >
        <track kind="captions" src={captionsUrl ?? undefined} srcLang={language ?? 'en'} label="Transcript" />
      </video>
      <PlayerStatus startAt={startAt} />
      <SeekSlider duration={duration} marks={marks} />
      <SpeakerTimelineBar segments={segments} speakerOf={speakerOf} durationSeconds={duration} skips={listening.skips} />
      <PlayerControls>{hasVideo && captionsUrl && <CaptionsToggle />}</PlayerControls>
      {segments.length > 0 && (
        // Their room is held (one row wide, two on a phone), so the transcript below does not move when they arrive.
        <Suspense fallback={<div aria-hidden="true" className="h-7.5 max-sm:h-16.5" />}>
          <FocusControls speakers={speakers} focus={listening.focus} onChange={listening.choose} skips={listening.skips} durationSeconds={duration} />
        </Suspense>
      )}
      <ShareMomentButton callId={callId} />
    </div>
  )
}
