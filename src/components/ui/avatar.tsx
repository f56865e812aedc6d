import { useState } from 'react'
import { cn } from '@/lib/styles/cn'
import { initials } from '@/lib/text/initials'
import { WEB_PROTOCOLS, safeHref } from '@/lib/url/safe-url'

type AvatarProps = { src: string | null; name: string | null; size?: number; className?: string }

/**
 * A photo when `src` is a safe http(s) URL (relative ones resolve against the page,
 * like the recording's) that loads; otherwise the name's initials.
 * Fixed width/height keep the layout still while the image arrives.
 */
export function Avatar({ src, name, size = 32, className }: AvatarProps) {
  const href = safeHref(src, WEB_PROTOCOLS, window.location.href)
  const [failed, setFailed] = useState<string | null>(null)
  const shape = cn('inline-flex shrink-0 items-center justify-center rounded-full', className)

  if (href && failed !== href) {
    return (
      <img
        src={href}
        alt={name ?? ''}
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(href)}
        className={cn(shape, 'bg-muted object-cover')}
        style={{ width: size, height: size }}
      />
    )
  }
  // The name is always written beside the avatar, so the initials are decoration.
  return (
    <span
      aria-hidden="true"
      className={cn(shape, 'bg-accent text-xs font-semibold text-foreground select-none')}
      style={{ width: size, height: size }}
    >
      {initials(name)}
    </span>
  )
}
