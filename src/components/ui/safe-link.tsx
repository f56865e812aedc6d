import type { ComponentProps } from 'react'
import { cn } from '@/lib/styles/cn'
import { safeHref } from '@/lib/url/safe-url'

type SafeLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  href: string | null | undefined
  allowed?: ReadonlySet<string>
}

/** A link when `href` passes the URL-safety check, otherwise its text only. */
export function SafeLink({ href, allowed, className, children, ...props }: SafeLinkProps) {
  const safe = safeHref(href, allowed)
  if (!safe) return <span className={className}>{children ?? href}</span>
  const external = safe.startsWith('http')
  return (
    <a
      href={safe}
      className={cn('text-link underline underline-offset-2 hover:no-underline', className)}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      {...props}
    >
      {children ?? href}
    </a>
  )
}
