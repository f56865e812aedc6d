import { ApiError } from '@/api/api-error'
import { describeApiError } from './describe-api-error'

const subject = { forbiddenTo: 'list calls', fallbackTitle: 'Couldn’t load recent calls' }
const apiError = (status: number, kind: ApiError['kind'] = 'http') => new ApiError({ kind, status, message: 'nope' })

describe(describeApiError.name, () => {
  it.each([
    [apiError(401), 'The server’s API key is missing or wrong', false],
    [apiError(403), 'The server’s API key isn’t allowed to list calls', false],
    [apiError(429), 'Rate limit reached', true],
    [apiError(200, 'unexpected-shape'), 'Unexpected response', true],
    [apiError(0, 'timeout'), 'Can’t reach the server', true],
    [apiError(503), 'Aura is having trouble', true],
    [apiError(422), 'Couldn’t load recent calls', false],
    [new Error('boom'), 'Couldn’t load recent calls', true],
  ])('describes %s', (error, title, canRetry) => {
    expect(describeApiError(error, subject)).toMatchObject({ title, canRetry })
  })

  it('tells how to set the key on the server, never to paste it into the page', () => {
    expect(describeApiError(apiError(401), subject).body).toMatch(/set AURA_API_KEY .* of the server/)
  })
})
