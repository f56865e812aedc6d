import { useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { CopyButton } from '@/components/ui/copy-button'
import { CountBadge } from '@/components/ui/count-badge'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from '@/entities/call/call-schema'
import { dueStatus } from './due'
import { useOwnerLabels } from './owner-labels'
import { ActionItemRow } from './item-row'
import { AddToCalendarButton } from './calendar-button'
import { toChecklist } from './checklist'

export function ActionItemsPanel({ call }: { call: Call }) {
  // Measured from when the page opened, so badges don't change while someone reads.
  const [at] = useState(Date.now)
  const items = call.actionItems
  const ownerLabel = useOwnerLabels(items)
  const overdue = items.filter((item) => dueStatus(item.dueAt, at) === 'overdue').length

  const aside = items.length > 0 && (
    <span className="flex flex-wrap items-center gap-2">
      <CountBadge value={items.length} label={items.length === 1 ? 'item' : 'items'} />
      {overdue > 0 && <Badge tone="danger">{overdue.toLocaleString()} overdue</Badge>}
    </span>
  )

  return (
    <Panel heading="Action items" aside={aside}>
      {items.length === 0 ? (
        <EmptyState>No action items.</EmptyState>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-start gap-x-3 gap-y-2">
            <CopyButton value={toChecklist(items, ownerLabel)} label="Copy as checklist" variant="secondary" size="md" />
            <AddToCalendarButton items={items} call={call} ownerLabel={ownerLabel} />
          </div>
          <ul className="flex flex-col gap-3 text-sm">
            {items.map((item, index) => (
              <ActionItemRow key={index} item={item} now={at} />
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}
