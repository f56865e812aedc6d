import { WEB_PROTOCOLS, safeHref } from './safe-url'

describe(safeHref.name, () => {
  it.each([
    ['https://zoom.us/j/123', 'https://zoom.us/j/123'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
    ['mailto:jane@example.com', 'mailto:jane@example.com'],
    ['tel:+15551234567', 'tel:+15551234567'],
  ])('allows %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example/path',
    '/relative/path',
    'zoom.us/j/123',
    'https://',
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull()
  })

  it('refuses mailto and tel where only web links are allowed', () => {
    expect(safeHref('mailto:a@b.c', WEB_PROTOCOLS)).toBeNull()
    expect(safeHref('https://a.example', WEB_PROTOCOLS)).toBe('https://a.example/')
  })

  it('resolves a relative media path against a base, and still refuses other schemes', () => {
    expect(safeHref('/demo-media/a.ogg', WEB_PROTOCOLS, 'http://localhost:5173/calls/x')).toBe(
      'http://localhost:5173/demo-media/a.ogg',
    )
    expect(safeHref('javascript:alert(1)', WEB_PROTOCOLS, 'http://localhost:5173/')).toBeNull()
  })
})
