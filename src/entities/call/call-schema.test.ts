import { referenceCallResponse } from '../../../test/fixtures/reference-call'
import { normalizeCall } from './call-schema'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const reference = referenceCallResponse.data

describe(normalizeCall.name, () => {
  it('reads the reference example', () => {
    const call = normalizeCall(reference)
    expect(call).toMatchObject({
      id: ID,
      status: 'closed',
      callKind: 'booking',
      closerId: 'user_2abc123xyz',
      expectedDealValueCents: 500000,
      durationMinutes: 45,
      hasRecording: true,
      attribution: { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'summer_promo' },
    })
    expect(call.actionItems).toEqual([
      { title: 'string', owner: 'string', dueAt: { raw: 'string', date: null }, notes: 'string', extra: { property1: null, property2: null } },
    ])
    expect(call.formData[0]).toMatchObject({ fieldId: 'budget', label: 'What is your budget?', value: null })
    expect(call.transcript?.segments).toHaveLength(1)
    expect(call.transcript?.segments[0]).toMatchObject({ speaker: 'string', text: 'string' })
  })

  it('reads the older shape: outcome as status, no transcript or analysis fields', () => {
    const call = normalizeCall({
      id: ID,
      outcome: 'won',
      organization_id: '11111111-2222-4333-8444-555555555555',
      closer_id: '750e8400-e29b-41d4-a716-446655440002',
      scheduled_at: '2025-06-01T10:00:00Z',
    })
    expect(call.status).toBe('won')
    expect(call.closerId).toBe('750e8400-e29b-41d4-a716-446655440002')
    expect(call.transcript).toBeNull()
    expect(call.actionItems).toEqual([])
    expect(call.formData).toEqual([])
  })

  it('prefers status over outcome when both are present', () => {
    expect(normalizeCall({ id: ID, status: 'closed', outcome: 'won' }).status).toBe('closed')
  })

  it('reads the third shape: null transcript and form data, null action items', () => {
    const call = normalizeCall({ id: ID, transcript_data: null, form_data: null, action_items: [null] })
    expect(call.transcript).toBeNull()
    expect(call.formData).toEqual([])
    expect(call.actionItems).toEqual([])
  })

  it('keeps unknown enum values verbatim', () => {
    const call = normalizeCall({ id: ID, status: 'pending_review', call_kind: 'webinar_followup', guest_rsvp_status: 'tentative' })
    expect(call).toMatchObject({ status: 'pending_review', callKind: 'webinar_followup', guestRsvpStatus: 'tentative' })
  })

  it('treats each field of the wrong type as missing, and keeps the rest', () => {
    const call = normalizeCall({
      ...reference,
      status: 42,
      expected_deal_value: '500000',
      duration_minutes: 'forty-five',
      has_recording: 'yes',
      ai_summary: { text: 'nested' },
      action_items: 'call them back',
      form_data: { budget: 1 },
      transcript_data: 'none',
      utm_source: ['google'],
    })
    expect(call).toMatchObject({
      status: null,
      expectedDealValueCents: null,
      durationMinutes: null,
      hasRecording: null,
      aiSummary: null,
      transcript: null,
      actionItems: [],
      formData: [],
    })
    expect(call.attribution.utmSource).toBeNull()
    expect(call.attribution.utmCampaign).toBe('summer_promo')
    expect(call.scheduledAt).toEqual({ raw: '2026-01-20T15:00:00Z', date: new Date('2026-01-20T15:00:00Z') })
  })

  it('drops nulls and broken items inside arrays, never the whole list', () => {
    const call = normalizeCall({
      id: ID,
      action_items: [null, 7, { title: 'Send proposal', due_at: 12 }, [], 'Book follow-up'],
      form_data: [null, 'x', { field_id: 'team_size', label: 'Team size', value: 12, source: 'typeform' }],
      transcript_data: {
        segments: [null, { start_seconds: 1, text: 'Hello' }, { start_seconds: 'x', text: 5 }, { speaker: 'A', text: 'Bye' }],
      },
    })
    expect(call.actionItems.map((item) => item.title)).toEqual(['Send proposal', 'Book follow-up'])
    expect(call.actionItems[0]?.dueAt).toBeNull()
    expect(call.formData).toEqual([
      { fieldId: 'team_size', label: 'Team size', value: 12 },
    ])
    expect(call.transcript?.segments.map((segment) => segment.text)).toEqual(['Hello', 'Bye'])
  })

  it('keeps the unknown keys of an action item, which the panel shows with it', () => {
    const [item] = normalizeCall({ id: ID, action_items: [{ title: 'Send proposal', priority: 'high' }] }).actionItems
    expect(item?.extra).toEqual({ priority: 'high' })
  })

  it('measures the transcript once: the later of its stated duration and its last segment', () => {
    const segments = [{ start_seconds: 0, end_seconds: 90, text: 'Hello' }]
    expect(normalizeCall({ id: ID, transcript_data: { duration_seconds: 120, segments } }).transcript?.lengthSeconds).toBe(120)
    expect(normalizeCall({ id: ID, transcript_data: { duration_seconds: 60, segments } }).transcript?.lengthSeconds).toBe(90)
    expect(normalizeCall({ id: ID, transcript_data: { duration_seconds: 0, segments: [] } }).transcript?.lengthSeconds).toBeNull()
  })

  it('parses each date once, keeping the text it came from', () => {
    const call = normalizeCall({ id: ID, started_at: '2026-02-30T10:00:00Z', ended_at: 7, created_at: ' ' })
    expect(call.startedAt).toEqual({ raw: '2026-02-30T10:00:00Z', date: null })
    expect(call.endedAt).toBeNull()
    expect(call.createdAt).toBeNull()
  })

  it('keeps a deal value of zero as zero cents', () => {
    expect(normalizeCall({ id: ID, expected_deal_value: 0 }).expectedDealValueCents).toBe(0)
  })

  it.each([
    ['null', null, /received null/],
    ['a list', [reference], /received a list/],
    ['a string', 'call', /received a string/],
    ['an object without id', { status: 'closed' }, /no id/],
    ['an object with an empty id', { id: '  ' }, /no id/],
    ['an object with a numeric id', { id: 42 }, /no id/],
  ])('rejects %s as an unexpected response', (_name, body, message) => {
    expect(() => normalizeCall(body)).toThrow(message)
    expect(() => normalizeCall(body)).toThrow(expect.objectContaining({ kind: 'unexpected-shape' }) as Error)
  })
})
