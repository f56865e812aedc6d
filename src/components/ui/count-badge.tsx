export function CountBadge({ value, label }: { value: number; label: string }) {
  return (
    <span className="rounded-full bg-muted px-2 text-xs text-muted-foreground">
      {value.toLocaleString()} {label}
    </span>
  )
}
