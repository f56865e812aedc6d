import { formatTimeIn, validTimeZone } from '@/lib/dates/dates'

type PersonLocalTimeProps = { zone: string; now: Date; locale?: string }

/** "America/Chicago · 9:41 AM there"; a zone Intl doesn't know is shown as sent, without a clock. */
export function PersonLocalTime({ zone, now, locale }: PersonLocalTimeProps) {
  const valid = validTimeZone(zone)
  const time = valid && formatTimeIn(now, valid, locale)
  if (!valid || !time) return <span title="Not a time zone this browser recognises">{zone}</span>
  return <span>{`${valid} · ${time} there`}</span>
}
