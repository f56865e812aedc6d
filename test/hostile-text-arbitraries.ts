// Generators for hostile text: strings meant to break rendering, linking or
// layout, placed in every text field of an otherwise valid call.
import fc from 'fast-check'
import { unicodeText } from './arbitraries'
import { referenceCallResponse } from './fixtures/reference-call'

/** Any Unicode, markup, script URLs, Markdown tricks, bidi controls, lone surrogates and very long runs. */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: unicodeText },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '[click](javascript:alert(1))',
      '<javascript:alert(1)>',
      '![x](javascript:alert(1))',
      '[x][r]\n\n[r]: javascript:alert(1)',
      'note[^1]\n\n[^1]: see [x](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      'see https://example.com/a?b=1&c=<d>) and www.example.org.',
      'mailto:a@b.co?cc=c@d.co',
      'a@b.co?bcc=evil@x.io',
      'lead@example.com',
      'https://evil.example/"onmouseover="alert(1)',
      '//evil.example/path',
      'tel:+1 (555) 010-9999',
      '\u202Eevil\u202C \u200F\u200E\u2066rtl\u2069',
      '\uD800 lone \uDFFF',
      '\u0000\u0007\u001B[31m',
      '👩‍👩‍👧‍👦🏳️‍🌈 e\u0301',
      '   ',
      '',
      '__proto__',
      'constructor',
      '{{7*7}} ${7*7} %s %n',
      '# Heading\n\n* list\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```',
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'ab ', 'https://x.io/', '💥'), fc.integer({ min: 200, max: 1000 })).map(([unit, times]) => unit.repeat(times)) },
  { weight: 1, arbitrary: fc.array(unicodeText, { maxLength: 4 }).map((parts) => parts.join('<script>javascript:alert(1)</script>')) },
)

const hostileFormValue = fc.oneof(
  hostileText,
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 2 }),
)

/** The reference call with every free-text field, link and enum-like string replaced by a hostile string. */
export const hostileTextCall = fc
  .record({
    status: hostileText,
    call_kind: hostileText,
    guest_rsvp_status: hostileText,
    conferencing_link: hostileText,
    recording_url: hostileText,
    ai_summary: hostileText,
    notes: hostileText,
    utm_source: hostileText,
    utm_medium: hostileText,
    utm_campaign: hostileText,
    utm_term: hostileText,
    utm_content: hostileText,
    referral: hostileText,
    action_items: fc.array(fc.record({ title: hostileText, owner: hostileText, notes: hostileText, property1: hostileText }), { minLength: 1, maxLength: 2 }),
    form_data: fc.array(fc.record({ field_id: hostileText, label: hostileText, value: hostileFormValue }), { minLength: 1, maxLength: 2 }),
    language: hostileText,
    segments: fc.array(fc.record({ speaker: hostileText, text: hostileText }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ action_items, form_data, language, segments, ...fields }) => {
    const reference = referenceCallResponse.data
    return {
      ...reference,
      ...fields,
      action_items: action_items.map((item) => ({ ...reference.action_items[0], ...item })),
      form_data,
      transcript_data: {
        duration_seconds: segments.length * 10,
        language,
        segments: segments.map((segment, index) => ({ start_seconds: index * 10, end_seconds: index * 10 + 8, ...segment })),
      },
    }
  })

/** Lookup records for that call with every text replaced the same way; amounts and dates stay valid. */
export const hostileTextLookups = fc.record({
  lead: fc.record({ full_name: hostileText, email: hostileText, phone: hostileText, company: hostileText, timezone: hostileText }),
  closer: fc.record({ name: hostileText, email: hostileText, role: hostileText, avatar_url: hostileText }),
  setter: fc.record({ name: hostileText, email: hostileText, role: hostileText, avatar_url: hostileText }),
  product: fc.record({ name: hostileText, slug: hostileText, description: hostileText }),
  payment: fc
    .record({ currency: hostileText, status: hostileText, provider: hostileText, refund_status: hostileText, customer_name: hostileText })
    .map((payment) => ({ ...payment, amount: 480_000, refunded_amount: 1_000, payment_date: '2026-01-20T15:00:00Z' })),
})
