import { linkify, type LinkifyPart } from './linkify'

const t = (text: string): LinkifyPart => ({ kind: 'text', text })
const u = (text: string, href = text): LinkifyPart => ({ kind: 'url', text, href })

describe(linkify.name, () => {
  it.each<[string, string, LinkifyPart[]]>([
    ['plain text', 'No links here.', [t('No links here.')]],
    ['empty text', '', []],
    ['a URL alone', 'https://x.example/a', [u('https://x.example/a')]],
    ['a trailing full stop', 'see https://x.example/a.', [t('see '), u('https://x.example/a'), t('.')]],
    ['trailing punctuation runs', 'really https://x.example/a?!', [t('really '), u('https://x.example/a'), t('?!')]],
    ['a comma between URLs', 'https://a.example, https://b.example', [u('https://a.example', 'https://a.example/'), t(', '), u('https://b.example', 'https://b.example/')]],
    ['a URL in parentheses', '(see https://x.example/a)', [t('(see '), u('https://x.example/a'), t(')')]],
    ['parentheses that belong to the URL', 'https://en.example/wiki/Foo_(bar)', [u('https://en.example/wiki/Foo_(bar)')]],
    ['both at once', '(https://en.example/Foo_(bar)).', [t('('), u('https://en.example/Foo_(bar)'), t(').')]],
    ['a query and fragment', 'go https://x.example/p?q=1&r=2#top now', [t('go '), u('https://x.example/p?q=1&r=2#top'), t(' now')]],
    ['http and upper case', 'HTTP://X.EXAMPLE/A', [u('HTTP://X.EXAMPLE/A', 'http://x.example/A')]],
    ['a URL across a line break', 'one\nhttps://x.example\ntwo', [t('one\n'), u('https://x.example', 'https://x.example/'), t('\ntwo')]],
    ['javascript: stays text', 'click javascript:alert(1)', [t('click javascript:alert(1)')]],
    ['data: stays text', 'data:text/html,<script>alert(1)</script>', [t('data:text/html,<script>alert(1)</script>')]],
    ['mailto: stays text', 'mailto:jane@example.com', [t('mailto:jane@example.com')]],
    ['a scheme without a host', 'https:// nothing', [t('https:// nothing')]],
    ['a URL glued to a word', 'xhttps://x.example', [t('xhttps://x.example')]],
    ['a URL ending at a quote or angle bracket', '"https://x.example/a" <https://y.example/b>', [t('"'), u('https://x.example/a'), t('" <'), u('https://y.example/b'), t('>')]],
  ])('%s', (_name, input, expected) => {
    expect(linkify(input)).toEqual(expected)
  })

  it('keeps every character of the input, in order', () => {
    const input = 'a https://x.example/(b). c https://y.example/d, e javascript:f() https://z.example'
    expect(linkify(input).map((part) => part.text).join('')).toBe(input)
  })
})
