import { DateTime } from '@/components/ui/date-time'
import { FieldList } from '@/components/ui/field-list'
import { Panel } from '@/components/ui/panel'
import { SafeLink } from '@/components/ui/safe-link'
import { humanizeEnum } from '@/lib/format'
import { WEB_PROTOCOLS } from '@/lib/safe-url'
import type { Call } from './call-schema'

export function SchedulingPanel({ call }: { call: Call }) {
  return (
    <Panel heading="Scheduling">
      <FieldList
        fields={[
          { label: 'Scheduled', value: <DateTime value={call.scheduledAt} /> },
          { label: 'Started', value: <DateTime value={call.startedAt} /> },
          { label: 'Ended', value: <DateTime value={call.endedAt} /> },
          { label: 'Duration', value: call.durationMinutes === null ? null : `${call.durationMinutes} min` },
          { label: 'Kind', value: call.callKind && humanizeEnum(call.callKind) },
          { label: 'Guest RSVP', value: call.guestRsvpStatus && humanizeEnum(call.guestRsvpStatus) },
          { label: 'RSVP confirmed', value: <DateTime value={call.guestRsvpConfirmedAt} /> },
          {
            label: 'Meeting link',
            value: call.conferencingLink && <SafeLink href={call.conferencingLink} allowed={WEB_PROTOCOLS} />,
          },
          { label: 'Booking link', value: call.bookingLinkId && <span className="font-mono text-xs">{call.bookingLinkId}</span> },
        ]}
      />
    </Panel>
  )
}
