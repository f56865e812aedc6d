import type { InlineHashes } from '../frontend/app-shell.ts'

/**
 * The built app's Content-Security-Policy: its own scripts and styles only (no
 * inline script or style but those whose hashes are given, no eval), API calls to its own origin, media from anywhere on
 * http(s) since recordings live elsewhere, and no plugins or framing. Forms go
 * to this origin, and to `formActions` (the sign-in provider, where sign-out
 * ends). The dev server does without it: Vite's hot reload injects inline scripts.
 */
export function contentSecurityPolicy(formActions: string[] = [], inlineHashes: InlineHashes = { scripts: [], styles: [] }) {
  return POLICY.replace("form-action 'self'", ["form-action 'self'", ...formActions].join(' '))
    .replace("script-src 'self'", withHashes("script-src 'self'", inlineHashes.scripts))
    .replace("style-src 'self'", withHashes("style-src 'self'", inlineHashes.styles))
}

function withHashes(directive: string, hashes: string[]) {
  return [directive, ...hashes.map((hash) => `'${hash}'`)].join(' ')
}

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "media-src 'self' https: http: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')
