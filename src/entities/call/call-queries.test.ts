import { callQueries, recentCallQueries } from './call-queries'

describe('call query keys', () => {
  it('nest by kind, so a call id can never collide with a list', () => {
    expect(callQueries.detail('list').queryKey).toEqual(['calls', 'detail', 'list'])
    expect(recentCallQueries.list('no_show').queryKey).toEqual(['calls', 'list', { status: 'no_show' }])
    expect(recentCallQueries.list(null).queryKey).not.toEqual(callQueries.detail('list').queryKey)
  })
})
