import { CountBadge } from '@/components/ui/count-badge'
import { DateTime } from '@/components/ui/date-time'
import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from './call-schema'
import { FormValue } from './form-value'

export function ActionItemsPanel({ call }: { call: Call }) {
  const items = call.actionItems
  return (
    <Panel heading="Action items" aside={items.length > 0 && <CountBadge value={items.length} label={items.length === 1 ? 'item' : 'items'} />}>
      {items.length === 0 ? (
        <EmptyState>No action items.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3 text-sm">
          {items.map((item, index) => (
            <li key={index} className="rounded-lg border border-border p-3">
              <p className="font-medium">{item.title ?? <span className="text-muted-foreground">Untitled item</span>}</p>
              <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted-foreground">
                {item.owner && <span>Owner: {item.owner}</span>}
                {item.dueAt && (
                  <span>
                    Due: <DateTime value={item.dueAt} />
                  </span>
                )}
              </p>
              {item.notes && <p className="mt-1 whitespace-pre-line">{item.notes}</p>}
              {Object.keys(item.extra).length > 0 && (
                <div className="mt-2 text-xs">
                  <FormValue value={item.extra} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

