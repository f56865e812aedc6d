// The call as the Aura API sends it, read forgivingly. The reference warns that
// schemas change without notice and its examples disagree (aura-api.md, "Schema
// drift"), so apart from `id` every field may be missing, null, of the wrong
// type or of an unlisted value. Each such field becomes `null` on its own; only
// a body that is not a call at all is an error.
import * as z from 'zod/mini'
import { ApiError } from '@/api/api-error'
import {
  cents,
  extraKeys,
  finiteNumber,
  flag,
  isRecord,
  listOf,
  nonEmptyText,
  readFiniteNumber,
  readNonEmptyText,
  readText,
  text,
} from '@/lib/schema/tolerant-schema'
import { normalizeSegments } from './normalize-segments'

// Field schemas are built once: a 3-hour transcript runs them ten thousand times.
const ACTION_ITEM_KEYS = ['title', 'owner', 'due_at', 'notes'] as const
const actionItemFields = z.object({ title: text, owner: text, due_at: text, notes: text })
const actionItem = z.union([
  z.pipe(
    z.string(),
    z.transform((title: string) => ({ title, owner: null, dueAt: null, notes: null, extra: {} })),
  ),
  z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((item: Record<string, unknown>) => {
      const { title, owner, due_at, notes } = actionItemFields.parse(item)
      return { title, owner, dueAt: due_at, notes, extra: extraKeys(item, ACTION_ITEM_KEYS) }
    }),
  ),
])

const FORM_FIELD_KEYS = ['field_id', 'label', 'value'] as const
const formFieldFields = z.object({ field_id: text, label: text })
const formField = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((field: Record<string, unknown>) => {
    const { field_id, label } = formFieldFields.parse(field)
    return { fieldId: field_id, label, value: field.value ?? null, extra: extraKeys(field, FORM_FIELD_KEYS) }
  }),
)

const SEGMENT_KEYS = ['start_seconds', 'end_seconds', 'speaker', 'text'] as const

/** Read without a schema per segment, which would cost a 3-hour call's ten thousand segments a tenth of a second. */
function readSegments(value: unknown) {
  if (!Array.isArray(value)) return []
  const segments = []
  for (const raw of value as unknown[]) {
    if (!isRecord(raw)) continue
    const spoken = readText(raw.text)
    if (spoken === null || spoken.trim() === '') continue
    segments.push({
      start: readFiniteNumber(raw.start_seconds),
      end: readFiniteNumber(raw.end_seconds),
      speaker: readNonEmptyText(raw.speaker),
      text: spoken,
      extra: extraKeys(raw, SEGMENT_KEYS),
    })
  }
  return segments
}

const transcriptFields = z.object({ duration_seconds: finiteNumber, language: nonEmptyText, segments: z.pipe(z.optional(z.unknown()), z.transform(readSegments)) })
const transcript = z.pipe(
  z.catch(z.nullish(z.record(z.string(), z.unknown())), null),
  z.transform((raw: Record<string, unknown> | null | undefined) => {
    if (!raw) return null
    const { duration_seconds, language, segments } = transcriptFields.parse(raw)
    return { durationSeconds: duration_seconds, language, segments: normalizeSegments(segments) }
  }),
)

const CALL_KEYS = [
  'id', 'status', 'outcome', 'call_kind', 'lead_id', 'closer_id', 'setter_id', 'booking_link_id', 'product_id',
  'linked_payment_id', 'scheduled_at', 'started_at', 'ended_at', 'duration_minutes', 'conferencing_link',
  'guest_rsvp_status', 'guest_rsvp_confirmed_at', 'expected_deal_value', 'ai_summary', 'notes', 'action_items',
  'form_data', 'has_recording', 'recording_url', 'has_analysis', 'transcript_data', 'utm_source', 'utm_medium',
  'utm_campaign', 'utm_term', 'utm_content', 'referral', 'created_at', 'updated_at',
] as const

const callFields = z.object({
  status: nonEmptyText,
  outcome: nonEmptyText,
  call_kind: nonEmptyText,
  lead_id: nonEmptyText,
  closer_id: nonEmptyText,
  setter_id: nonEmptyText,
  booking_link_id: nonEmptyText,
  product_id: nonEmptyText,
  linked_payment_id: nonEmptyText,
  scheduled_at: nonEmptyText,
  started_at: nonEmptyText,
  ended_at: nonEmptyText,
  duration_minutes: finiteNumber,
  conferencing_link: nonEmptyText,
  guest_rsvp_status: nonEmptyText,
  guest_rsvp_confirmed_at: nonEmptyText,
  expected_deal_value: cents,
  ai_summary: nonEmptyText,
  notes: nonEmptyText,
  action_items: listOf(actionItem),
  form_data: listOf(formField),
  has_recording: flag,
  recording_url: nonEmptyText,
  has_analysis: flag,
  transcript_data: transcript,
  utm_source: nonEmptyText,
  utm_medium: nonEmptyText,
  utm_campaign: nonEmptyText,
  utm_term: nonEmptyText,
  utm_content: nonEmptyText,
  referral: nonEmptyText,
  created_at: nonEmptyText,
  updated_at: nonEmptyText,
})

export function normalizeCall(raw: unknown) {
  if (!isRecord(raw)) {
    throw unexpected(`Expected a call object but received ${describe(raw)}.`)
  }
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    throw unexpected('The call in the response has no id.')
  }
  const f = callFields.parse(raw)
  return {
    id: raw.id,
    status: f.status ?? f.outcome,
    callKind: f.call_kind,
    leadId: f.lead_id,
    closerId: f.closer_id,
    setterId: f.setter_id,
    bookingLinkId: f.booking_link_id,
    productId: f.product_id,
    linkedPaymentId: f.linked_payment_id,
    scheduledAt: f.scheduled_at,
    startedAt: f.started_at,
    endedAt: f.ended_at,
    durationMinutes: f.duration_minutes,
    conferencingLink: f.conferencing_link,
    guestRsvpStatus: f.guest_rsvp_status,
    guestRsvpConfirmedAt: f.guest_rsvp_confirmed_at,
    expectedDealValueCents: f.expected_deal_value,
    aiSummary: f.ai_summary,
    notes: f.notes,
    actionItems: f.action_items,
    formData: f.form_data,
    hasRecording: f.has_recording,
    recordingUrl: f.recording_url,
    hasAnalysis: f.has_analysis,
    transcript: f.transcript_data,
    attribution: {
      utmSource: f.utm_source,
      utmMedium: f.utm_medium,
      utmCampaign: f.utm_campaign,
      utmTerm: f.utm_term,
      utmContent: f.utm_content,
      referral: f.referral,
    },
    createdAt: f.created_at,
    updatedAt: f.updated_at,
    extra: extraKeys(raw, CALL_KEYS),
  }
}

export type Call = ReturnType<typeof normalizeCall>
export type ActionItem = Call['actionItems'][number]
export type FormField = Call['formData'][number]
export type Transcript = NonNullable<Call['transcript']>
export type Attribution = Call['attribution']

function unexpected(message: string) {
  return new ApiError({ kind: 'unexpected-shape', status: 200, message })
}

function describe(value: unknown) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return `a ${typeof value}`
}
