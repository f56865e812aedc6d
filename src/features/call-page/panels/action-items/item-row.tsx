import { memo } from 'react'
import type { ActionItem } from '@/entities/call/call-schema'
import { ActionItemDueDate } from './due-date-badge'
import { ActionItemOwnerName } from './owner-name'
import { UNTITLED_ITEM } from './checklist'
import { FormValue } from '@/components/ui/form-value'
import { LinkifyText } from '@/components/ui/linkify-text'
import { EvidenceLinks } from '@/features/playback/evidence/evidence-links'

/** One action item. Memoised: owner names arriving re-render the panel's buttons, not every item with its evidence links. */
export const ActionItemRow = memo(function ActionItemRow({ item, now }: { item: ActionItem; now: number }) {
  const title = item.title?.trim()
  const notes = item.notes?.trim()
  return (
    <li className="min-w-0 rounded-lg border border-border p-3">
      <h3 className="font-medium wrap-anywhere">{title || <span className="text-muted-foreground">{UNTITLED_ITEM}</span>}</h3>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <div className="flex min-w-0 gap-1">
          <dt className="text-muted-foreground">Owner:</dt>
          <dd className="min-w-0">
            <ActionItemOwnerName owner={item.owner} />
          </dd>
        </div>
        <div className="flex min-w-0 gap-1">
          <dt className="text-muted-foreground">Due:</dt>
          <dd className="min-w-0">
            <ActionItemDueDate value={item.dueAt} now={now} />
          </dd>
        </div>
      </dl>
      {notes && (
        <p className="mt-2 wrap-anywhere whitespace-pre-wrap">
          <LinkifyText text={notes} />
        </p>
      )}
      {title && <EvidenceLinks className="mt-2 flex" claims={[notes ? `${title}. ${notes}` : title]} />}
      {Object.keys(item.extra).length > 0 && (
        <div className="mt-2 text-xs">
          <FormValue value={item.extra} />
        </div>
      )}
    </li>
  )
})
