import { useId } from 'react'

const STATUS_OPTIONS = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'rescheduled', label: 'Rescheduled' },
  { value: 'completed', label: 'Completed' },
  { value: 'closed', label: 'Closed' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
  { value: 'no_show', label: 'No-show' },
  { value: 'cancelled', label: 'Cancelled' },
] as const

type RecentCallsFilterProps = { value: string | null; onChange: (status: string | null) => void }

export function RecentCallsFilter({ value, onChange }: RecentCallsFilterProps) {
  const id = useId()
  // A status from a shared URL that the list doesn't know still has to show as selected.
  const isListed = value === null || STATUS_OPTIONS.some((option) => option.value === value)
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Status
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
        className="rounded-md border border-border bg-card px-2 py-1.5 text-sm"
      >
        <option value="">All statuses</option>
        {STATUS_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {!isListed && <option value={value}>{value}</option>}
      </select>
    </div>
  )
}
