import { CopyButton } from '@/components/ui/copy-button'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from './call-schema'
import { SummaryMarkdown } from './summary-markdown'

export function AiSummaryPanel({ call }: { call: Call }) {
  const summary = call.hasAnalysis === false ? null : call.aiSummary
  return (
    <Panel heading="AI summary" aside={summary && <CopyButton value={summary} label="Copy summary" />}>
      {summary ? (
        <SummaryMarkdown source={summary} />
      ) : (
        <EmptyState>This call hasn’t been analysed yet.</EmptyState>
      )}
    </Panel>
  )
}
