import { buildQuote, type QuoteSegment } from './quote-format'

const LINK = 'https://calls.example/calls/abc?t=754.5-811.4'
const RANGE = { start: 754.5, end: 811.4 }
const SEGMENTS: QuoteSegment[] = [
  { speaker: 'Maya Okafor', start: 754.5, end: 790, text: ' Renewals are capped at five percent. ' },
  { speaker: 'Marcus Bellamy', start: 791, end: 811.4, text: 'That’s more reasonable than I expected.' },
]

describe(buildQuote.name, () => {
  it('writes each segment with its time and speaker, then the link to the range, as plain text', () => {
    const { text } = buildQuote(SEGMENTS, { range: RANGE, link: LINK, guideSeconds: 2200 })
    expect(text).toBe(
      [
        '[12:34] Maya Okafor: Renewals are capped at five percent.',
        '[13:11] Marcus Bellamy: That’s more reasonable than I expected.',
        '',
        `12:34–13:31 in the call: ${LINK}`,
      ].join('\n'),
    )
  })

  it('writes the same quote as HTML, with the range linked', () => {
    const { html } = buildQuote(SEGMENTS, { range: RANGE, link: LINK, guideSeconds: 2200 })
    expect(html).toBe(
      '<blockquote><p>[12:34] <strong>Maya Okafor</strong>: Renewals are capped at five percent.</p>' +
        '<p>[13:11] <strong>Marcus Bellamy</strong>: That’s more reasonable than I expected.</p></blockquote>' +
        `<p><a href="${LINK}">12:34–13:31 in the call</a></p>`,
    )
  })

  it('escapes every string from the call in the HTML, and keeps it as said in the text', () => {
    const hostile = [{ speaker: '<img src=x onerror="alert(1)">', start: 1, end: 2, text: '</p><script>alert("&")</script>' }]
    const { text, html } = buildQuote(hostile, { range: { start: 1, end: 2 }, link: LINK, guideSeconds: 60 })
    expect(html).not.toMatch(/<img|<script|<\/p><script/)
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;')
    expect(text).toContain('<img src=x onerror="alert(1)">: </p><script>alert("&")</script>')
  })

  it('links only a web address, and escapes it', () => {
    const unsafe = buildQuote(SEGMENTS, { range: RANGE, link: 'javascript:alert(1)', guideSeconds: 2200 })
    expect(unsafe.html).not.toContain('<a ')
    expect(unsafe.html).not.toContain('javascript:')
    expect(unsafe.text).not.toContain('javascript:')

    const quoted = buildQuote(SEGMENTS, { range: RANGE, link: 'https://calls.example/calls/a"b?t=1-2', guideSeconds: 2200 })
    expect(quoted.html).toContain('href="https://calls.example/calls/a%22b?t=1-2"')
  })

})
