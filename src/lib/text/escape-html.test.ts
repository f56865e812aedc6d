import { escapeHtml } from './escape-html'

describe(escapeHtml.name, () => {
  it.each([
    ['plain words', 'plain words'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["Rock & Roll's", 'Rock &amp; Roll&#39;s'],
    ['&amp; already', '&amp;amp; already'],
  ])('escapes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected)
  })
})
