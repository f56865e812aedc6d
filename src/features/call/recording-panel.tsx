import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { WEB_PROTOCOLS, safeHref } from '@/lib/safe-url'
import type { Call } from './call-schema'

export function RecordingPanel({ call }: { call: Call }) {
  const source = call.hasRecording === false ? null : safeHref(call.recordingUrl, WEB_PROTOCOLS, window.location.href)
  return (
    <Panel heading="Recording">
      {source ? (
        <audio controls preload="metadata" src={source} className="w-full">
          <track kind="captions" />
        </audio>
      ) : (
        <EmptyState>
          {call.recordingUrl && call.hasRecording !== false
            ? 'The recording link can’t be played here.'
            : 'No recording for this call.'}
        </EmptyState>
      )}
    </Panel>
  )
}
