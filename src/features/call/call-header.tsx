import { useQuery } from '@tanstack/react-query'
import { DateTime } from '@/components/ui/date-time'
import { leadQueries } from '@/features/lookups/lookup-queries'
import type { Call } from './call-schema'
import { StatusBadge } from './status-badge'

export function CallHeader({ call }: { call: Call }) {
  const { data: leadName } = useQuery({ ...leadQueries.detail(call.leadId), select: (lead) => lead.full_name })
  return (
    <header className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold break-words">{leadName ? `Call with ${leadName}` : `Call ${call.id.slice(0, 8)}`}</h1>
        <StatusBadge status={call.status} />
      </div>
      <p className="text-sm text-muted-foreground">
        Scheduled for <DateTime value={call.scheduledAt} />
      </p>
    </header>
  )
}
