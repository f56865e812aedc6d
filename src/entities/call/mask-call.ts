import { maskAnswer, maskPersonalText, personalFieldKind } from '@/lib/privacy/mask-personal-data'
import type { ActionItem, Attribution, Call, FormField } from './call-schema'

const maskText = (text: string | null) => (text === null ? null : maskPersonalText(text))

function maskActionItem(item: ActionItem): ActionItem {
  return {
    ...item,
    title: maskText(item.title),
    owner: maskText(item.owner),
    notes: maskText(item.notes),
    extra: maskAnswer(item.extra) as ActionItem['extra'],
  }
}

function maskFormField(field: FormField): FormField {
  return { ...field, label: maskText(field.label), value: maskAnswer(field.value, personalFieldKind(field.label, field.fieldId)) ?? null }
}

function maskAttribution(attribution: Attribution) {
  return Object.fromEntries(Object.entries(attribution).map(([key, value]) => [key, maskText(value)])) as Attribution
}

/**
 * The call as a room may see it: every text the page shows, copies, exports or captions has its emails, phone
 * numbers, amounts and street addresses hidden. The deal value stays a number: money fields are hidden where they
 * are shown, through `useMoneyText`.
 */
export function maskCall(call: Call): Call {
  return {
    ...call,
    conferencingLink: maskText(call.conferencingLink),
    aiSummary: maskText(call.aiSummary),
    notes: maskText(call.notes),
    actionItems: call.actionItems.map(maskActionItem),
    formData: call.formData.map(maskFormField),
    transcript: call.transcript && {
      ...call.transcript,
      segments: call.transcript.segments.map((segment) => ({
        start: segment.start,
        end: segment.end,
        speaker: maskText(segment.speaker),
        text: maskPersonalText(segment.text),
        timed: segment.timed,
      })),
    },
    attribution: maskAttribution(call.attribution),
  }
}
