import { isIP } from 'node:net'

/** Whether a host name or address only ever reaches this machine. */
export function isLoopbackHost(host: string) {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  return bare === '::1' || bare === '::ffff:127.0.0.1' || /^::ffff:127\./.test(bare)
}
