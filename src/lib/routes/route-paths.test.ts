import { callIdInPath, callPath } from './route-paths'

describe('route paths', () => {
  it('builds a call address with the id encoded', () => {
    expect(callPath('550e8400-e29b-41d4-a716-446655440000')).toBe('/calls/550e8400-e29b-41d4-a716-446655440000')
    expect(callPath('a/b?c')).toBe('/calls/a%2Fb%3Fc')
  })

  it.each([
    ['/calls/abc', 'abc'],
    ['/calls/abc/', 'abc'],
    ['/', null],
    ['/calls/abc/extra', null],
    ['/elsewhere', null],
  ])('reads the call id in %s', (pathname, id) => {
    expect(callIdInPath(pathname)).toBe(id)
  })
})
