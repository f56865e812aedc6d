import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { SlotBoundary } from '@/components/ui/slot-boundary'
import type { Call } from '@/entities/call/call-schema'
import { MediaProvider } from '@/features/playback/media/media-context'
import { RecordingPanel } from '@/features/playback/media/recording-panel'
import { TalkTimePanel } from '@/features/playback/insights/talk-time-panel'
import { buildTranscriptModel } from '@/features/playback/transcript/transcript-model'
import { TranscriptPanel } from '@/features/playback/transcript/transcript-panel'

/** Recording, transcript and talk time: one media store, so they share the playback position. */
export function PlaybackSection({ call }: { call: Call }) {
  const { transcript } = call
  const model = useMemo(() => (transcript && transcript.segments.length > 0 ? buildTranscriptModel(transcript) : null), [transcript])
  const [searchParams] = useSearchParams()
  return (
    <MediaProvider>
      <SlotBoundary name="Recording">
        <RecordingPanel call={call} model={model} />
      </SlotBoundary>
      <SlotBoundary name="Transcript">
        <TranscriptPanel model={model} call={call} initialQuery={searchParams.get('q') ?? ''} />
      </SlotBoundary>
      <SlotBoundary name="Talk time">
        <TalkTimePanel model={model} />
      </SlotBoundary>
    </MediaProvider>
  )
}
