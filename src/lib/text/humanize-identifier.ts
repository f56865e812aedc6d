import { humanizeEnum } from '@/lib/format/format'

// Only machine-looking words (`lead`, `min_cents`) are reworded; anything else
// the API sends, such as a name or an email address, is shown exactly as sent.
const IDENTIFIER = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/

export function humanizeIdentifier(value: string) {
  return IDENTIFIER.test(value) ? humanizeEnum(value) : value
}
