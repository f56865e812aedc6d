import { useMemo } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import { formatTimestamp } from '@/lib/format/format'
import { speakerColor } from '@/features/playback/transcript/speaker-colors'
import { computeTalkTime } from './talk-time'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'

export function TalkTimePanel({ model }: { model: TranscriptModel | null }) {
  const stats = useMemo(() => (model?.hasTimes ? computeTalkTime(model.segments, model.speakerOf) : []), [model])
  return (
    <Panel heading="Talk time">
      {stats.length === 0 ? (
        <EmptyState>Talk time needs a timed transcript.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="py-1 font-medium">Speaker</th>
              <th scope="col" className="py-1 font-medium">Talk time</th>
              <th scope="col" className="py-1 font-medium">Longest monologue</th>
              <th scope="col" className="py-1 text-right font-medium">Questions</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((entry) => (
              <tr key={entry.speaker.key} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-2 font-medium">
                  <span className="mr-1.5 inline-block size-2.5 rounded-full" style={{ background: speakerColor(entry.speaker.slot) }} aria-hidden="true" />
                  {entry.speaker.label}
                </th>
                <td className="py-2 pr-2 tabular-nums">
                  {formatTimestamp(entry.talkSeconds, model?.durationSeconds)} · {Math.round(entry.share * 100)}%
                  <span className="mt-1 block h-1.5 rounded-full bg-muted" aria-hidden="true">
                    <span className="block h-full rounded-full" style={{ width: `${entry.share * 100}%`, background: speakerColor(entry.speaker.slot) }} />
                  </span>
                </td>
                <td className="py-2 pr-2 tabular-nums">{formatTimestamp(entry.longestMonologueSeconds, model?.durationSeconds)}</td>
                <td className="py-2 text-right tabular-nums">{entry.questions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  )
}
