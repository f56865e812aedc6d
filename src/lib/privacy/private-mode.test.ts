import { callLink } from '@/lib/url/share-link'
import { isPrivateMode, setPrivateMode } from './private-mode'

afterEach(() => {
  setPrivateMode(false)
  window.history.replaceState(null, '', '/')
})

async function freshModule() {
  vi.resetModules()
  return import('./private-mode')
}

describe('private mode', () => {
  it('starts on for an address with ?private=1, and off otherwise', async () => {
    window.history.replaceState(null, '', '/calls/x?t=3&private=1')
    expect((await freshModule()).isPrivateMode()).toBe(true)
    window.history.replaceState(null, '', '/calls/x?private=yes')
    expect((await freshModule()).isPrivateMode()).toBe(false)
  })

  it('stays on for the rest of the visit once turned on, until turned off', async () => {
    setPrivateMode(true)
    expect((await freshModule()).isPrivateMode()).toBe(true)
    setPrivateMode(false)
    expect((await freshModule()).isPrivateMode()).toBe(false)
  })

  it('puts ?private=1 in every shared call link while on', () => {
    expect(callLink('abc', 12)).toBe(`${location.origin}/calls/abc?t=12`)
    setPrivateMode(true)
    expect(isPrivateMode()).toBe(true)
    expect(callLink('abc', 12)).toBe(`${location.origin}/calls/abc?t=12&private=1`)
    expect(callLink('abc')).toBe(`${location.origin}/calls/abc?private=1`)
  })
})
