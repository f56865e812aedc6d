import { describe, expect, it } from 'vitest'
import { createCookieSealer } from './sealed-cookie'

const SECRET = 'a-session-secret-of-at-least-32-bytes-0123'

describe(createCookieSealer.name, () => {
  it('unseals what it sealed, and the value reads as nothing it carries', async () => {
    const sealer = createCookieSealer(SECRET, 'session')
    const value = await sealer.seal({ email: 'alice@team.example' }, 60_000)
    expect(value).not.toContain('alice')
    expect(await sealer.unseal(value)).toMatchObject({ email: 'alice@team.example' })
  })

  it('refuses a tampered, foreign, expired or missing value', async () => {
    const sealer = createCookieSealer(SECRET, 'session')
    const value = await sealer.seal({ email: 'alice@team.example' }, 60_000)
    const tampered = `${value.slice(0, -6)}${value.slice(-6).split('').reverse().join('')}`
    expect(await sealer.unseal(tampered)).toBeNull()
    expect(await createCookieSealer(`${SECRET}-other`, 'session').unseal(value)).toBeNull()
    expect(await createCookieSealer(SECRET, 'sign-in').unseal(value)).toBeNull()
    expect(await sealer.unseal(await sealer.seal({ email: 'x' }, -1_000))).toBeNull()
    expect(await sealer.unseal(undefined)).toBeNull()
    expect(await sealer.unseal('not-a-token')).toBeNull()
  })
})
