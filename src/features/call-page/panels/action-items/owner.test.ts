import { isTeamMemberId, plainOwnerLabel } from './owner'

describe(isTeamMemberId.name, () => {
  it.each([
    ['user_2VPzWZAURWzXxyAcwbjYDuz', true],
    [' user_2abc123xyz ', true],
    ['user_', false],
    ['user_2abc/../x', false],
    ['lead', false],
    ['550e8400-e29b-41d4-a716-446655440000', false],
    [null, false],
  ])('%j → %j', (owner, expected) => {
    expect(isTeamMemberId(owner)).toBe(expected)
  })
})

describe(plainOwnerLabel.name, () => {
  it.each([
    ['lead', 'Lead'],
    ['sales_team', 'Sales team'],
    ['Rosa Delgado', 'Rosa Delgado'],
    ['user_2abc123xyz', 'user_2abc123xyz'],
    ['<script>', '<script>'],
    ['   ', null],
    [null, null],
  ])('%j → %j', (owner, expected) => {
    expect(plainOwnerLabel(owner)).toBe(expected)
  })
})
