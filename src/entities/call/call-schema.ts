// The call as the Aura API sends it, read forgivingly. The reference warns that
// schemas change without notice and its examples disagree (aura-api.md, "Schema
// drift"), so apart from `id` every field may be missing, null, of the wrong
// type or of an unlisted value. Each such field becomes `null` on its own; only
// a body that is not a call at all is an error.
import { ApiError } from '@/api/api-error'
import { readApiDate } from '@/lib/dates/dates'
import {
  extraKeys,
  isRecord,
  readCents,
  readFields,
  readFiniteNumber,
  readFlag,
  readList,
  readNonEmptyText,
  readText,
} from '@/lib/schema/tolerant-schema'
import { normalizeSegments, type RawSegment } from './normalize-segments'

const ACTION_ITEM_READERS = { title: readText, owner: readText, due_at: readApiDate, notes: readText }
const ACTION_ITEM_KEYS = Object.keys(ACTION_ITEM_READERS)

/** An action item is an object, or (in older answers) just its title. */
function readActionItem(value: unknown) {
  if (typeof value === 'string') return { title: value, owner: null, dueAt: null, notes: null, extra: {} }
  if (!isRecord(value)) return null
  const { title, owner, due_at, notes } = readFields(value, ACTION_ITEM_READERS)
  // The keys this reader does not know are shown with the item, so nothing the API sent is lost.
  return { title, owner, dueAt: due_at, notes, extra: extraKeys(value, ACTION_ITEM_KEYS) }
}

function readFormField(value: unknown) {
  if (!isRecord(value)) return null
  return { fieldId: readText(value.field_id), label: readText(value.label), value: value.value ?? null }
}

/** Read without a record per segment: a 3-hour call has ten thousand of them. */
function readSegments(value: unknown) {
  return readList(value, (raw): RawSegment | null => {
    if (!isRecord(raw)) return null
    const spoken = readText(raw.text)
    if (spoken === null || spoken.trim() === '') return null
    return { start: readFiniteNumber(raw.start_seconds), end: readFiniteNumber(raw.end_seconds), speaker: readNonEmptyText(raw.speaker), text: spoken }
  })
}

function readTranscript(value: unknown) {
  if (!isRecord(value)) return null
  const statedSeconds = readFiniteNumber(value.duration_seconds)
  const segments = normalizeSegments(readSegments(value.segments))
  return {
    /**
     * How long the transcript runs: the stated duration or the last segment's end,
     * whichever is later (a stated 0 is the reference's placeholder); null when neither says.
     */
    lengthSeconds: Math.max(statedSeconds ?? 0, segments.at(-1)?.end ?? 0) || null,
    language: readNonEmptyText(value.language),
    segments,
  }
}

export function normalizeCall(raw: unknown) {
  if (!isRecord(raw)) {
    throw unexpected(`Expected a call object but received ${describe(raw)}.`)
  }
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    throw unexpected('The call in the response has no id.')
  }
  return {
    id: raw.id,
    status: readNonEmptyText(raw.status) ?? readNonEmptyText(raw.outcome),
    callKind: readNonEmptyText(raw.call_kind),
    leadId: readNonEmptyText(raw.lead_id),
    closerId: readNonEmptyText(raw.closer_id),
    setterId: readNonEmptyText(raw.setter_id),
    bookingLinkId: readNonEmptyText(raw.booking_link_id),
    productId: readNonEmptyText(raw.product_id),
    linkedPaymentId: readNonEmptyText(raw.linked_payment_id),
    scheduledAt: readApiDate(raw.scheduled_at),
    startedAt: readApiDate(raw.started_at),
    endedAt: readApiDate(raw.ended_at),
    durationMinutes: readFiniteNumber(raw.duration_minutes),
    conferencingLink: readNonEmptyText(raw.conferencing_link),
    guestRsvpStatus: readNonEmptyText(raw.guest_rsvp_status),
    guestRsvpConfirmedAt: readApiDate(raw.guest_rsvp_confirmed_at),
    expectedDealValueCents: readCents(raw.expected_deal_value),
    aiSummary: readNonEmptyText(raw.ai_summary),
    notes: readNonEmptyText(raw.notes),
    actionItems: readList(raw.action_items, readActionItem),
    formData: readList(raw.form_data, readFormField),
    hasRecording: readFlag(raw.has_recording),
    recordingUrl: readNonEmptyText(raw.recording_url),
    hasAnalysis: readFlag(raw.has_analysis),
    transcript: readTranscript(raw.transcript_data),
    attribution: {
      utmSource: readNonEmptyText(raw.utm_source),
      utmMedium: readNonEmptyText(raw.utm_medium),
      utmCampaign: readNonEmptyText(raw.utm_campaign),
      utmTerm: readNonEmptyText(raw.utm_term),
      utmContent: readNonEmptyText(raw.utm_content),
      referral: readNonEmptyText(raw.referral),
    },
    createdAt: readApiDate(raw.created_at),
    updatedAt: readApiDate(raw.updated_at),
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
