import type { FastifyInstance } from 'fastify'
import { SERVER_MODE_PATH } from '../../api/server-mode-path.ts'
import type { SignInSummary } from '../auth/sign-in.ts'

/**
 * What the page needs to know of its server: demo or live data, who is signed
 * in and how they sign out, and whether anyone reaching the address can read
 * the calls.
 */
export function registerPageContextRoute(app: FastifyInstance, mode: 'demo' | 'live', signIn: SignInSummary) {
  app.get(SERVER_MODE_PATH, (request, reply) => {
    const { viewer } = request
    return reply.header('cache-control', 'no-store').send({
      mode,
      signIn: signIn.mode,
      viewer: viewer?.kind === 'signed-in' || viewer?.kind === 'denied' ? { email: viewer.email, name: viewer.name } : null,
      signOut: signIn.signOut,
      exposed: signIn.exposed,
    })
  })
}
