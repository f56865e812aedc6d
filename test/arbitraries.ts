// Generators for property tests: call bodies as the Aura API might send them,
// inside and outside the documented schema (aura-api.md, "Schema drift").
import fc from 'fast-check'

export const CALL_ID = '550e8400-e29b-41d4-a716-446655440000'

/** Words that mean a value leaked into the page unformatted; generated input never contains them. */
export const LEAKED_VALUE = /Invalid Date|NaN|undefined|\[object Object\]/
const LEAKED_VALUE_ANY_CASE = new RegExp(LEAKED_VALUE.source, 'i')

export function isFreeOfLeakWords(value: unknown) {
  return !LEAKED_VALUE_ANY_CASE.test(JSON.stringify(value) ?? '')
}

/** Any JSON, shallow enough to stay fast; its strings may be any Unicode. */
export const anyJson = fc.jsonValue({ maxDepth: 3 })

/** Text of any kind: ASCII, any code point, or graphemes with combining marks and emoji sequences. */
export const unicodeText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))

/** The wanted value most of the time, otherwise any JSON (missing fields come from `fc.record`). */
function loose<T>(wanted: fc.Arbitrary<T>) {
  return fc.oneof({ weight: 4, arbitrary: wanted }, { weight: 1, arbitrary: anyJson })
}

const isoInstant = fc.date({ noInvalidDate: true }).map((date) => date.toISOString())
const nearInstant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString())
const dateText = fc.oneof(
  nearInstant,
  isoInstant,
  fc.constantFrom('2026-02-30T10:00:00Z', '2026-01-20', '2026-01-20T15:00:00+14:00', '0000-01-01T00:00:00Z', 'string', 'yesterday', ''),
  fc.string(),
)
const idText = fc.oneof(fc.uuid(), fc.constantFrom('user_2abc123xyz', 'string', ''), fc.string())
const enumText = (...known: string[]) => fc.oneof(fc.constantFrom(...known), fc.string())
const amount = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE),
)
const urlText = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', '/recordings/a.mp3', 'data:audio/wav;base64,AA', 'string', ''), fc.string())
// NaN and ±Infinity reach the schema only from code, never over JSON, but the schema must refuse them either way.
const seconds = fc.oneof(
  fc.double({ min: -60, max: 20_000, noNaN: true }),
  fc.integer({ min: -5, max: 20_000 }),
  fc.constantFrom(0, -0, 1e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.string(),
)
const extraKeys = fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 2 })

/** One entry of `transcript_data.segments`: times of any type or sign, missing fields, unknown keys. */
export const rawSegment = fc.record(
  { start_seconds: loose(seconds), end_seconds: loose(seconds), speaker: loose(fc.constantFrom('Rep', 'Lead', 'Rep ', '')), text: loose(unicodeText), property1: anyJson },
  { requiredKeys: [] },
)

const transcript = fc.record(
  {
    duration_seconds: loose(seconds),
    language: loose(fc.constantFrom('en', 'en-US', 'xx-invalid', '')),
    segments: loose(fc.array(fc.oneof({ weight: 6, arbitrary: rawSegment }, { weight: 1, arbitrary: anyJson }), { maxLength: 8 })),
  },
  { requiredKeys: [] },
)

const actionItem = fc.oneof(
  fc.record({ title: loose(fc.string()), owner: loose(fc.oneof(idText, fc.string())), due_at: loose(dateText), notes: loose(fc.string()), extra: extraKeys }, { requiredKeys: [] }).map(
    ({ extra, ...item }) => ({ ...extra, ...item }),
  ),
  fc.string(),
  anyJson,
)

const formField = fc.oneof(
  { weight: 4, arbitrary: fc.record({ field_id: loose(fc.string()), label: loose(fc.string()), value: fc.jsonValue({ maxDepth: 7 }) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: anyJson },
)

/** Objects shaped like a call: every field may be missing, null, of another type or of an unlisted value. */
export const callShapedBody = fc.record(
  {
    id: fc.oneof({ weight: 8, arbitrary: fc.constant(CALL_ID) }, { weight: 1, arbitrary: anyJson }),
    status: loose(enumText('closed', 'won', 'lost', 'no_show', 'scheduled', 'cancelled')),
    outcome: loose(enumText('won', 'lost')),
    call_kind: loose(enumText('booking', 'follow_up')),
    lead_id: loose(idText),
    closer_id: loose(idText),
    setter_id: loose(idText),
    booking_link_id: loose(idText),
    product_id: loose(idText),
    linked_payment_id: loose(idText),
    organization_id: loose(idText),
    scheduled_at: loose(dateText),
    started_at: loose(dateText),
    ended_at: loose(dateText),
    duration_minutes: loose(amount),
    conferencing_link: loose(urlText),
    guest_rsvp_status: loose(enumText('yes', 'no', 'maybe', 'pending')),
    guest_rsvp_confirmed_at: loose(dateText),
    expected_deal_value: loose(amount),
    ai_summary: loose(fc.string()),
    notes: loose(fc.string()),
    action_items: loose(fc.array(fc.oneof({ weight: 5, arbitrary: actionItem }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 4 })),
    form_data: loose(fc.array(formField, { maxLength: 4 })),
    has_recording: loose(fc.boolean()),
    recording_url: loose(urlText),
    has_analysis: loose(fc.boolean()),
    transcript_data: loose(transcript),
    utm_source: loose(fc.string()),
    utm_medium: loose(fc.string()),
    utm_campaign: loose(fc.string()),
    utm_term: loose(fc.string()),
    utm_content: loose(fc.string()),
    referral: loose(urlText),
    created_at: loose(dateText),
    updated_at: loose(dateText),
    property1: anyJson,
  },
  { requiredKeys: ['id'] },
)

/** What a lookup endpoint might answer with for a lead, team member, product or payment. */
export const lookupBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        full_name: loose(fc.string()),
        name: loose(fc.string()),
        email: loose(fc.oneof(fc.emailAddress(), fc.string())),
        phone: loose(fc.oneof(fc.constantFrom('+15550100', '555'), fc.string())),
        company: loose(fc.string()),
        timezone: loose(fc.constantFrom('America/Chicago', 'Asia/Kolkata', 'Not/AZone', 'UTC', '')),
        avatar_url: loose(urlText),
        role: loose(enumText('admin', 'member')),
        amount: loose(amount),
        refunded_amount: loose(amount),
        currency: loose(fc.constantFrom('usd', 'USD', 'eur', 'XYZ', 'dollars', '')),
        status: loose(enumText('pending', 'succeeded', 'failed', 'refunded')),
        payment_date: loose(dateText),
        refund_status: loose(fc.string()),
        provider: loose(fc.string()),
        total_paid_cents: loose(amount),
        created_at: loose(dateText),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
)
