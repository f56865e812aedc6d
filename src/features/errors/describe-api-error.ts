import { isApiError } from '@/api/api-error'
import { formatTimeOfDay } from '@/lib/dates/dates'

/** Codes the dashboard's server answers with when the Aura API sent something it could not pass on. */
const UNUSABLE_UPSTREAM_ANSWERS = new Set(['UPSTREAM_NOT_JSON', 'UPSTREAM_INVALID_JSON', 'UPSTREAM_CUT_OFF', 'UPSTREAM_TOO_LARGE', 'UPSTREAM_REDIRECT'])

/** What this dashboard's own sign-in answers, as opposed to Aura refusing the server's key. */
const SIGN_IN_PROBLEMS = new Map([
  ['SESSION_ENDED', { title: 'Your session has ended', body: 'Sign in again to keep reviewing; you’ll come back to this page.' }],
  ['NOT_ALLOWED', { title: 'This account may not read these calls', body: 'Ask whoever runs this dashboard to add your address, or sign in with another account.' }],
  ['UNTRUSTED_PROXY', { title: 'Open this dashboard through its sign-in', body: 'It accepts requests only from its sign-in proxy. Use the address your team shares.' }],
])

export type ErrorDescription = { title: string; body: string; canRetry: boolean }

type Subject = {
  /** What the key may not do on a 403, e.g. "see this call". */
  forbiddenTo: string
  /** The title when nothing more specific applies, e.g. "Couldn’t load recent calls". */
  fallbackTitle: string
}

/** What a failed request means for the user, in words, and whether trying again can help. */
export function describeApiError(error: Error, { forbiddenTo, fallbackTitle }: Subject): ErrorDescription {
  if (!isApiError(error)) return { title: fallbackTitle, body: error.message, canRetry: true }
  const signInProblem = SIGN_IN_PROBLEMS.get(error.code ?? '')
  if (signInProblem) return { ...signInProblem, canRetry: false }
  if (error.status === 401 || error.status === 403) {
    return {
      title: error.status === 401 ? 'The server’s API key is missing or wrong' : `The server’s API key isn’t allowed to ${forbiddenTo}`,
      body:
        `Aura answered: “${error.message}”. The key is configured on the server, not in this page: ` +
        'set AURA_API_KEY (a partner key from Aura › Settings › Integrations) in the environment ' +
        'or in .env.local of the server running this dashboard, then restart it.',
      canRetry: false,
    }
  }
  if (error.status === 429) {
    const when = error.retryAt ? ` You can try again at ${formatTimeOfDay(error.retryAt)}.` : ''
    return { title: 'Rate limit reached', body: `Aura’s rate limit was reached.${when}`, canRetry: true }
  }
  if (error.kind === 'invalid-body' || error.kind === 'unexpected-shape' || UNUSABLE_UPSTREAM_ANSWERS.has(error.code ?? '')) {
    return { title: 'Unexpected response', body: error.message, canRetry: true }
  }
  if (error.kind === 'network' || error.kind === 'timeout') {
    return { title: 'Can’t reach the server', body: error.message, canRetry: true }
  }
  if (error.status >= 500) {
    return { title: 'Aura is having trouble', body: `${error.message} This is usually temporary.`, canRetry: true }
  }
  return { title: fallbackTitle, body: error.message, canRetry: false }
}
