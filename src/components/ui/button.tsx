import type { ComponentProps } from 'react'
import { cn } from '@/lib/styles/cn'

type ButtonProps = ComponentProps<'button'> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }

const VARIANTS = {
  primary: 'bg-primary text-primary-foreground hover:bg-primary/90',
  secondary: 'border border-border bg-card hover:bg-muted',
  ghost: 'hover:bg-muted',
}

// Padding and type size are chosen here, never overridden by a caller's class, so no two classes compete.
const SIZES = {
  md: 'rounded-md px-3 py-1.5 text-sm',
  /** A one-glyph button beside regular ones. */
  icon: 'rounded-md px-2 py-1.5 text-sm',
  /** Toolbar toggles. */
  sm: 'rounded-md px-2 py-1.5 text-xs',
  /** Inline actions beside text. */
  xs: 'rounded-md px-2 py-0.5 text-xs',
  /** A filter among others in a row. */
  chip: 'rounded-full border border-border px-2.5 py-0.5 text-xs',
}

export function Button({ variant = 'secondary', size = 'md', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex items-center justify-center gap-1.5 font-medium transition-colors disabled:opacity-50 motion-reduce:transition-none print:hidden',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...props}
    />
  )
}
