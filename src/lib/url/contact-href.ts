import { safeHref } from './safe-url'

const MAIL_ONLY: ReadonlySet<string> = new Set(['mailto:'])
const TEL_ONLY: ReadonlySet<string> = new Set(['tel:'])
// One address, nothing that would add headers (?cc=, &body=) or break out of the mailto URL.
const PLAIN_EMAIL = /^[^\s@?#&/:<>"]+@[^\s@?#&/:<>"]+\.[^\s@?#&/:<>"]+$/

/** A mailto: href for something that looks like one email address, otherwise null (shown as text). */
export function mailtoHref(email: string | null | undefined) {
  if (typeof email !== 'string' || !PLAIN_EMAIL.test(email.trim())) return null
  return safeHref(`mailto:${email.trim()}`, MAIL_ONLY)
}

/** A tel: href of just "+" and digits, as dialers expect; null when there are too few digits to dial. */
export function telHref(phone: string | null | undefined) {
  if (typeof phone !== 'string') return null
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 3) return null
  const plus = phone.trim().startsWith('+') ? '+' : ''
  return safeHref(`tel:${plus}${digits}`, TEL_ONLY)
}
