import { collectPersonalData, leakedIn } from '../../../test/personal-data'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { HIDDEN } from '@/lib/privacy/mask-personal-data'
import { normalizeCall } from './call-schema'
import { maskCall } from './mask-call'

describe(maskCall.name, () => {
  const call = normalizeCall(closedCall)
  const masked = maskCall(call)

  it('leaves no personal data in any text of the closed demo call', () => {
    const { expectedDealValueCents, ...shown } = masked
    expect(expectedDealValueCents).toBe(480000)
    expect(leakedIn(JSON.stringify(shown), collectPersonalData(closedCall))).toEqual([])
  })

  it('hides amounts in the transcript, summary, notes, action items and form, keeping the rest', () => {
    const spoken = masked.transcript!.segments.map((segment) => segment.text)
    expect(spoken).toContain(`Month to month, it’s ${HIDDEN.amount} a month. If you commit annually, it comes down to four hundred a month, so ${HIDDEN.amount} for the year, billed up front.`)
    expect(masked.aiSummary).toContain(`Driver overtime runs about ${HIDDEN.amount} a month`)
    expect(masked.notes).toContain(`annual Team plan ${HIDDEN.amount}`)
    expect(masked.actionItems[0]!.notes).toMatch(/^\[amount hidden\]\/year/)
    expect(masked.formData.find((field) => field.fieldId === 'budget_range')?.value).toBe(HIDDEN.amount)
    expect(masked.formData.find((field) => field.fieldId === 'fleet_size')?.value).toBe(14)
    expect(masked.transcript!.segments.map((segment) => segment.speaker)).toEqual(call.transcript!.segments.map((segment) => segment.speaker))
    expect(masked.conferencingLink).toBe(call.conferencingLink)
  })

  it('hides emails and phone numbers in links, attribution and extra keys', () => {
    const raw = {
      id: closedCall.id,
      conferencing_link: 'https://meet.example/j/1?email=rosa@millbrook.example&pwd=x',
      referral: 'Rosa, +1 815 555 0199',
      action_items: [{ title: 'Call back', assignee_email: 'rosa@millbrook.example', budget: 4800 }],
    }
    const result = maskCall(normalizeCall(raw))
    expect(result.conferencingLink).toBe(`https://meet.example/j/1?email=${HIDDEN.email}&pwd=x`)
    expect(result.attribution.referral).toBe(`Rosa, ${HIDDEN.phone}`)
    expect(result.actionItems[0]!.extra).toEqual({ assignee_email: HIDDEN.email, budget: HIDDEN.amount })
  })
})
