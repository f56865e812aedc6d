import type { AllowList } from '../config/auth-settings.ts'

/** Whether an email may read the calls: listed itself, or at a listed domain (exactly, not its subdomains). */
export function isAllowedEmail(email: string, { domains, emails }: AllowList) {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at <= 0 || at === address.length - 1) return false
  const domain = address.slice(at + 1)
  return emails.includes(address) || domains.some((allowed) => allowed.replace(/^@/, '') === domain)
}
