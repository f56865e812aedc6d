import type { ReactNode } from 'react'

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted-foreground italic">{children}</p>
}
