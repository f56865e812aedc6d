import { storedPreference } from './stored-preference'

const flag = storedPreference('test:flag', {
  parse: (stored) => stored !== 'off',
  serialize: (on: boolean) => (on ? null : 'off'),
})

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('storedPreference', () => {
  it('remembers a value, and forgets it when it is the default', () => {
    expect(flag.read()).toBe(true)
    flag.write(false)
    expect(localStorage.getItem('test:flag')).toBe('off')
    expect(flag.read()).toBe(false)
    flag.write(true)
    expect(localStorage.getItem('test:flag')).toBeNull()
  })

  it('falls back to the default, and never throws, when storage is unavailable', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(flag.read()).toBe(true)
    expect(() => flag.write(false)).not.toThrow()
  })
})
