import { describe, expect, it } from 'vitest'
import { isAllowedEmail } from './allow-list'

const allow = { domains: ['team.example', '@agency.example'], emails: ['ops@partner.example'] }

describe(isAllowedEmail.name, () => {
  it.each(['alice@team.example', 'Alice@Team.Example', ' bob@agency.example ', 'ops@partner.example', 'OPS@partner.example'])('lets %s in', (email) => {
    expect(isAllowedEmail(email, allow)).toBe(true)
  })

  it.each([
    'mallory@elsewhere.example',
    'someone@team.example.evil.com',
    'someone@eu.team.example',
    'team.example',
    '@team.example',
    'alice@',
    'other@partner.example',
    'alice@team.example@evil.com',
    '',
  ])('keeps %j out', (email) => {
    expect(isAllowedEmail(email, allow)).toBe(false)
  })

  it('lets nobody in with empty lists', () => {
    expect(isAllowedEmail('alice@team.example', { domains: [], emails: [] })).toBe(false)
  })
})
