import { BlockList, isIPv4 } from 'node:net'
import type { FastifyRequest } from 'fastify'
import { parseCidr, type AllowList } from '../config/auth-settings.ts'
import { isAllowedEmail } from './allow-list.ts'
import type { ViewerState } from './viewer.ts'

type HeaderAuth = { header: string; trustedProxies: string[]; allow: AllowList }

/**
 * Header mode: an identity-aware proxy in front says who the viewer is. Its
 * header counts only when the connection comes from one of TRUSTED_PROXIES;
 * from anywhere else the request is refused, header or not.
 */
export function createHeaderViewer({ header, trustedProxies, allow }: HeaderAuth) {
  const trusted = new BlockList()
  for (const range of trustedProxies) {
    const cidr = parseCidr(range)
    if (cidr) trusted.addSubnet(cidr.address, cidr.prefix, cidr.family)
  }
  return (request: FastifyRequest): ViewerState => {
    // The connection's own address, never X-Forwarded-For, which anyone can write.
    const peer = unmapped(request.raw.socket.remoteAddress ?? '')
    if (!peer || !trusted.check(peer, isIPv4(peer) ? 'ipv4' : 'ipv6')) return { kind: 'untrusted' }
    const value = request.headers[header]
    // Google IAP writes `accounts.google.com:alice@example.com`.
    const email = (Array.isArray(value) ? value[0] : value)?.trim().replace(/^accounts\.google\.com:/, '')
    if (!email) return { kind: 'signed-out' }
    return isAllowedEmail(email, allow) ? { kind: 'signed-in', email, name: null } : { kind: 'denied', email, name: null }
  }
}

/** `::ffff:10.0.0.1` is the IPv4 peer 10.0.0.1 on a dual-stack socket. */
function unmapped(address: string) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1]! : address
}
