import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { CountBadge } from '@/components/ui/count-badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { formatTimestamp } from '@/lib/format'
import type { Call, Transcript } from './call-schema'

export function TranscriptPanel({ call }: { call: Call }) {
  const segments = call.transcript?.segments ?? []
  return (
    <Panel
      heading="Transcript"
      aside={segments.length > 0 && <CountBadge value={segments.length} label="segments" />}
    >
      {call.transcript && segments.length > 0 ? (
        <TranscriptList transcript={call.transcript} />
      ) : (
        <EmptyState>No transcript for this call.</EmptyState>
      )}
    </Panel>
  )
}

function TranscriptList({ transcript }: { transcript: Transcript }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { segments } = transcript
  const guide = transcript.durationSeconds ?? segments.at(-1)?.end ?? 0
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
  })

  return (
    <div ref={scrollRef} className="max-h-[32rem] overflow-y-auto">
      <ol className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const segment = segments[item.index]!
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 top-0 flex gap-3 py-2 text-sm"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <span className="w-16 shrink-0 font-mono text-xs text-muted-foreground tabular-nums">
                {segment.timed ? formatTimestamp(segment.start, guide) : ''}
              </span>
              <span className="min-w-0">
                <span className="block text-xs font-semibold">{segment.speaker ?? 'Unknown speaker'}</span>
                <span className="break-words">{segment.text}</span>
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
