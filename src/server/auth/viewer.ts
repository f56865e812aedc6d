import type { FastifyRequest } from 'fastify'

/** Who is asking, as far as the sign-in mode can tell. */
export type ViewerState =
  | { kind: 'open' }
  | { kind: 'signed-in'; email: string; name: string | null }
  | { kind: 'denied'; email: string; name: string | null }
  | { kind: 'signed-out' }
  | { kind: 'untrusted' }

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the sign-in hook before anything else reads it. */
    viewer: ViewerState | null
  }
}

/** The email the audit log names: the viewer's, or none when there is no sign-in. */
export function viewerEmail(request: FastifyRequest) {
  const { viewer } = request
  return viewer?.kind === 'signed-in' || viewer?.kind === 'denied' ? viewer.email : null
}
