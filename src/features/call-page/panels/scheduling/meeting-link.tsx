import { SafeLink } from '@/components/ui/safe-link'
import { WEB_PROTOCOLS } from '@/lib/url/safe-url'
import { urlHost } from '@/lib/url/url-host'

/** A web meeting link, shown by its host with the full URL on hover; anything else is plain text. */
export function MeetingLink({ href }: { href: string }) {
  const host = urlHost(href)
  if (!host) return <span className="break-all">{href}</span>
  return (
    <SafeLink href={href} allowed={WEB_PROTOCOLS} title={href} className="break-all">
      {host}
      <span className="sr-only"> (opens in a new tab)</span>
    </SafeLink>
  )
}
