import type { ReactNode } from 'react'
import { EMPTY } from '@/lib/format/format'

export type Field = { label: string; value: ReactNode }

/** Label/value pairs; an empty value reads "—" rather than vanishing. */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
      {fields.map(({ label, value }) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="min-w-0 wrap-anywhere">{isBlank(value) ? <span className="text-muted-foreground">{EMPTY}</span> : value}</dd>
        </div>
      ))}
    </dl>
  )
}

function isBlank(value: ReactNode) {
  return value === null || value === undefined || value === ''
}
