import { pino } from 'pino'
import { scrubText } from '../upstream/scrub-secret.ts'

/**
 * JSON lines on stdout. Every line passes through a last scrub of the secrets
 * the server holds, so not even an error message from a library can print them.
 */
export function createLogger(level: string, secrets: string[]) {
  const present = secrets.filter((secret) => secret.length > 0)
  return pino({
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    hooks: { streamWrite: (line) => present.reduce((text, secret) => scrubText(text, secret), line) },
  })
}
