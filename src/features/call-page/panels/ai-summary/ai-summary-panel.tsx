import { lazy, Suspense } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from '@/entities/call/call-schema'
import { PlainSummary } from './plain-summary'

// The Markdown renderer loads on its own and parses off the main thread; until it is done the summary shows as
// plain text.
const SummaryMarkdown = lazy(() => import('./summary-markdown').then((module) => ({ default: module.SummaryMarkdown })))

export function AiSummaryPanel({ call }: { call: Call }) {
  const summary = call.hasAnalysis === false ? null : call.aiSummary
  return (
    <Panel heading="AI summary" aside={summary && <CopyButton value={summary} label="Copy summary" />}>
      {summary ? (
        <Suspense fallback={<PlainSummary source={summary} parsing />}>
          <SummaryMarkdown source={summary} />
        </Suspense>
      ) : (
        <EmptyState>This call hasn’t been analysed yet.</EmptyState>
      )}
    </Panel>
  )
}
