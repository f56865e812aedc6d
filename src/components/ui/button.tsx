import type { ComponentProps } from 'react'
import { cn } from '@/lib/styles/cn'

type ButtonProps = ComponentProps<'button'> & { variant?: 'primary' | 'secondary' | 'ghost' }

const VARIANTS = {
  primary: 'bg-primary text-primary-foreground hover:bg-primary/90',
  secondary: 'border border-border bg-card hover:bg-muted',
  ghost: 'hover:bg-muted',
}

export function Button({ variant = 'secondary', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:opacity-50 motion-reduce:transition-none print:hidden',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  )
}
