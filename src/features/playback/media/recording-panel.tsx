import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from '@/entities/call/call-schema'
import { WEB_PROTOCOLS, safeHref } from '@/lib/url/safe-url'
import { MediaPlayer } from './media-player'
import { PlaybackShortcuts } from './playback-shortcuts'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'

/** Any http(s) recording plays (recordings usually live on another origin); anything else is refused. */
type RecordingPanelProps = {
  call: Call
  model: TranscriptModel | null
  /** Moments to mark on the seek bar, in seconds. */
  marks: readonly number[]
}

export function RecordingPanel({ call, model, marks }: RecordingPanelProps) {
  const source = call.hasRecording === false ? null : safeHref(call.recordingUrl, WEB_PROTOCOLS, window.location.href)
  return (
    <Panel heading="Recording" aside={<PlaybackShortcuts />}>
      {source ? (
        <MediaPlayer
          source={source}
          segments={model?.segments ?? []}
          transcriptSeconds={model?.durationSeconds ?? 0}
          speakerOf={model?.speakerOf ?? []}
          speakers={model?.speakers ?? []}
          language={call.transcript?.language ?? null}
          callId={call.id}
          marks={marks}
        />
      ) : (
        <EmptyState>
          {call.recordingUrl && call.hasRecording !== false
            ? 'The recording link isn’t a web address, so it can’t be played.'
            : 'No recording for this call.'}
        </EmptyState>
      )}
    </Panel>
  )
}
