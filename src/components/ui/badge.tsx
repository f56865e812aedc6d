import type { ComponentProps } from 'react'
import { cn } from '@/lib/styles/cn'

export type BadgeTone = 'neutral' | 'success' | 'info' | 'warning' | 'danger'

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-muted text-foreground border-border',
  success: 'bg-success-soft text-success border-success/30',
  info: 'bg-info-soft text-info border-info/30',
  warning: 'bg-warning-soft text-warning border-warning/30',
  danger: 'bg-danger-soft text-danger border-danger/30',
}

export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn('inline-flex max-w-full items-center rounded-full border px-2 py-0.5 text-xs font-medium', TONES[tone], className)}
      {...props}
    />
  )
}
