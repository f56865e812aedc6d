import { humanizeIdentifier } from './humanize-identifier'

describe(humanizeIdentifier.name, () => {
  it.each([
    ['lead', 'Lead'],
    ['min_cents', 'Min cents'],
    ['follow-up', 'Follow up'],
    ['Maya Okafor', 'Maya Okafor'],
    ['jane_doe@example.com', 'jane_doe@example.com'],
    ['<script>', '<script>'],
    ['camelCase', 'camelCase'],
    ['', ''],
  ])('%j reads %j', (input, expected) => {
    expect(humanizeIdentifier(input)).toBe(expected)
  })
})
