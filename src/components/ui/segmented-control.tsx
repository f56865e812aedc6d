import { cn } from '@/lib/styles/cn'

export type SegmentOption<V extends string> = { value: V; label: string }

type SegmentedControlProps<V extends string> = {
  /** Names the group for screen readers ("Time zone"). */
  label: string
  options: readonly SegmentOption<V>[]
  value: V
  onChange: (value: V) => void
  className?: string
}

/** A row of native toggle buttons, one pressed at a time: Tab reaches each, Enter/Space picks it. */
export function SegmentedControl<V extends string>({ label, options, value, onChange, className }: SegmentedControlProps<V>) {
  return (
    <div role="group" aria-label={label} className={cn('inline-flex rounded-md border border-border bg-muted p-0.5', className)}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className="rounded px-2.5 py-1 text-xs font-medium text-muted-foreground transition-colors hover:text-foreground aria-pressed:bg-card aria-pressed:text-foreground aria-pressed:shadow-xs motion-reduce:transition-none"
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
