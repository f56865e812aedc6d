import { useQuery } from '@tanstack/react-query'
import { DateTime } from '@/components/ui/date-time'
import { ShareButton } from '@/components/ui/share-button'
import { leadQueries } from '@/features/lookups/lookup-queries'
import { formatDate } from '@/lib/dates/dates'
import { callLink } from '@/lib/url/share-link'
import type { Call } from '@/entities/call/call-schema'
import { StatusBadge } from '@/entities/call/status-badge'
import { callTitle } from './call-title'

export function CallHeader({ call }: { call: Call }) {
  const { data: leadName } = useQuery({ ...leadQueries.detail(call.leadId), select: (lead) => lead.full_name })
  const title = callTitle(call, leadName)
  const date = call.scheduledAt?.date
  return (
    <header className="flex flex-col gap-2">
      <title>{date ? `${title} · ${formatDate(date)}` : title}</title>
      {/* The title changes when the lead's name arrives; nothing else shares its line, so nothing moves. */}
      <h1 className="line-clamp-3 text-2xl font-semibold wrap-anywhere" title={title}>{title}</h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <StatusBadge status={call.status} />
        <p className="text-sm text-muted-foreground">
          Scheduled for <DateTime value={call.scheduledAt} />
        </p>
        <ShareButton className="ml-auto" getUrl={() => callLink(call.id)} title={title}>
          Copy link
        </ShareButton>
      </div>
    </header>
  )
}
