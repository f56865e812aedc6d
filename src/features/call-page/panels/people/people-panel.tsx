import type { ReactNode } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { Panel } from '@/components/ui/panel'
import { useNow } from '@/lib/dates/use-now'
import type { Call } from '@/entities/call/call-schema'
import { PersonLead } from './person-lead'
import { PersonTeamMember } from './person-team-member'

/** Lead, closer and setter: each looked up on its own, none waiting for another. */
export function PeoplePanel({ call }: { call: Call }) {
  const now = useNow()
  return (
    <Panel heading="People">
      <ul className="flex flex-col gap-4">
        <Person title="Lead" id={call.leadId}>
          {(id) => <PersonLead id={id} now={now} />}
        </Person>
        <Person title="Closer" id={call.closerId}>
          {(id) => <PersonTeamMember id={id} />}
        </Person>
        <Person title="Setter" id={call.setterId}>
          {(id) => <PersonTeamMember id={id} />}
        </Person>
      </ul>
    </Panel>
  )
}

function Person({ title, id, children }: { title: string; id: string | null; children: (id: string) => ReactNode }) {
  return (
    <li className="flex flex-col gap-1 text-sm">
      <h3 className="text-xs font-medium text-muted-foreground">{title}</h3>
      {id ? (
        <>
          {children(id)}
          <span>
            <CopyButton value={id} label={`Copy ${title.toLowerCase()} ID`} className="-ml-2" />
          </span>
        </>
      ) : (
        <span className="text-muted-foreground">{`No ${title.toLowerCase()} on this call`}</span>
      )}
    </li>
  )
}
