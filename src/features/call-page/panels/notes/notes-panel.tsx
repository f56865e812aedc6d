import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from '@/entities/call/call-schema'
import { LinkifyText } from '@/components/ui/linkify-text'

export function NotesPanel({ call }: { call: Call }) {
  return (
    <Panel heading="Notes">
      {call.notes ? (
        <p className="text-sm leading-relaxed wrap-anywhere whitespace-pre-wrap">
          <LinkifyText text={call.notes} />
        </p>
      ) : (
        <EmptyState>No notes for this call.</EmptyState>
      )}
    </Panel>
  )
}
