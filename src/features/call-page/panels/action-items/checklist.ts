import type { ActionItem } from '@/entities/call/call-schema'
import { formatDue } from './due'
import { plainOwnerLabel, type OwnerLabel } from './owner'

export const UNTITLED_ITEM = 'Untitled item'

/** Markdown task lines, `- [ ] Title — owner: X, due: <date>`, one per item. */
export function toChecklist(items: readonly ActionItem[], ownerLabel: OwnerLabel = plainOwnerLabel, locale?: string) {
  return items
    .map((item) => {
      const owner = ownerLabel(item.owner)
      const details = [
        owner && `owner: ${oneLine(owner)}`,
        item.dueAt?.date && `due: ${formatDue(item.dueAt, locale)}`,
      ].filter(Boolean)
      const title = oneLine(item.title ?? '') || UNTITLED_ITEM
      return `- [ ] ${title}${details.length > 0 ? ` — ${details.join(', ')}` : ''}`
    })
    .join('\n')
}

// A line break inside a title would end the task line and start a paragraph.
function oneLine(text: string) {
  return text.replace(/\s+/g, ' ').trim()
}
