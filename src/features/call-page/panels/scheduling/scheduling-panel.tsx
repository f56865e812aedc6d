import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { DateTime } from '@/components/ui/date-time'
import { leadQueries } from '@/features/lookups/lookup-queries'
import type { Lead } from '@/features/lookups/lookup-schemas'
import { humanizeEnum } from '@/lib/format/format'
import { validTimeZone, viewerTimeZone, type ApiDate } from '@/lib/dates/dates'
import { useNow } from '@/lib/dates/use-now'
import type { Call } from '@/entities/call/call-schema'
import { DurationValue } from './duration-value'
import { MeetingLink } from './meeting-link'
import { RsvpBadge } from './rsvp-badge'
import { resolveZone, type ZoneChoice } from './time-zone-choice'
import { TimeZoneToggle } from './time-zone-toggle'

const pickLeadZone = (lead: Lead) => validTimeZone(lead.timezone)

export function SchedulingPanel({ call }: { call: Call }) {
  const now = useNow()
  const [choice, setChoice] = useState<ZoneChoice>('viewer')
  const { data: leadZone = null } = useQuery({ ...leadQueries.detail(call.leadId), select: pickLeadZone })
  const viewer = viewerTimeZone()
  const { zone } = resolveZone(choice, { viewer, lead: leadZone })

  const at = (value: ApiDate | null) => <DateTime value={value} timeZone={zone} now={now} />

  return (
    <Panel heading="Scheduling">
      <TimeZoneToggle choice={choice} onChange={setChoice} viewerZone={viewer} leadZone={leadZone} />
      <FieldList
        fields={[
          { label: 'Scheduled', value: at(call.scheduledAt) },
          { label: 'Started', value: at(call.startedAt) },
          { label: 'Ended', value: at(call.endedAt) },
          { label: 'Duration', value: <DurationValue call={call} /> },
          { label: 'Kind', value: call.callKind && humanizeEnum(call.callKind) },
          { label: 'Guest RSVP', value: call.guestRsvpStatus && <RsvpBadge status={call.guestRsvpStatus} /> },
          { label: 'RSVP confirmed', value: at(call.guestRsvpConfirmedAt) },
          { label: 'Meeting link', value: call.conferencingLink && <MeetingLink href={call.conferencingLink} /> },
          { label: 'Booking link', value: call.bookingLinkId && <BookingLinkId id={call.bookingLinkId} /> },
          { label: 'Created', value: at(call.createdAt) },
          { label: 'Updated', value: at(call.updatedAt) },
        ]}
      />
    </Panel>
  )
}

function BookingLinkId({ id }: { id: string }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <span className="font-mono text-xs break-all">{id}</span>
      <CopyButton value={id} label="Copy booking link ID" className="-ml-2" />
    </span>
  )
}
