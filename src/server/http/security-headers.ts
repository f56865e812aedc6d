import type { InlineHashes } from '../frontend/app-shell.ts'
import { contentSecurityPolicy as policy } from './content-security-policy.ts'

/** Powerful browser features the page never uses, denied to it and to anything it embeds. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
].join(', ')

type SecurityHeaderOptions = {
  /** The dev server goes without a CSP: Vite's hot reload injects inline scripts. */
  contentSecurityPolicy: boolean
  https: boolean
  /** Origins besides this one that a form may end up at. */
  formActions?: string[]
  /** Hashes of the inline scripts and styles the page may use. */
  inlineHashes?: InlineHashes
}

/**
 * The headers every response carries. Call links hold call ids, so no referrer
 * leaves the page; there are no CORS headers, so no other origin reads a call.
 */
export function securityHeaders({ contentSecurityPolicy, https, formActions = [], inlineHashes }: SecurityHeaderOptions): Record<string, string> {
  return {
    ...(contentSecurityPolicy && { 'content-security-policy': policy(formActions, inlineHashes) }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
    ...(https && { 'strict-transport-security': 'max-age=63072000; includeSubDomains' }),
  }
}
