import { DEMO_BOOKING_LINK_IDS, DEMO_CALL_IDS, DEMO_LEAD_IDS, DEMO_PAYMENT_IDS, DEMO_PRODUCT_IDS, DEMO_TEAM_IDS } from './demo-ids.ts'
import type { JsonObject } from './json.ts'

type Pool = readonly [string, ...string[]]

const TOMASZ = 'Tomasz Wiśniewski'
const ANJALI = 'Anjali Deshpande'
const HENRIK = 'Henrik Vogel'
const LENA = 'Lena Hoffmann'
const SPEAKERS: Pool = [TOMASZ, ANJALI, HENRIK, LENA]
const SELLERS = new Set([TOMASZ, ANJALI])

const MIN_SEGMENTS = 10_600
const MIN_SECONDS = 10_860

const TOPICS: Pool = [
  'the Bremen depot', 'the Hamburg hub', 'the Hannover cross-dock', 'the second region', 'the SAP export',
  'single sign-on', 'the driver app', 'weekend routing', 'the pilot scope', 'EU data residency', 'dispatcher training',
  'retail slot booking', 'the returns flow', 'the telematics feed', 'the tour template library', 'proof of delivery',
  'the rollout plan', 'cold chain monitoring', 'the driver break logic', 'the customer portal', 'the reporting export',
]
const OPENERS: Pool = ['', '', '', 'Okay,', 'Right,', 'So', 'Yes,', 'Honestly,', 'To be clear,', 'And', 'Good,']
const DEPOTS: Pool = ['Hamburg', 'Bremen', 'Hannover']
const BACKCHANNELS: Pool = ['Mm-hm.', 'Right.', 'Okay, got it.', 'Makes sense.', 'Yes, exactly.', 'Sure.', 'Understood.', 'Okay, fair.', 'Good.']
const QUESTIONS: Pool = [
  'How does {t} work?', 'What about {t}?', 'Can you show {t} again?', 'Who owns {t} on your side?',
  'Is {t} included in the pricing?', 'When would {t} be ready?', 'Would {t} need extra licences?', 'How long does {t} take?',
  'Could we start with {t}?', 'What do other customers do with {t}?', 'Can we test {t} in the pilot?',
  'Who needs to sign off {t}?',
]
const SELLER_LINES: Pool = [
  '{t} is configured per depot.', 'we would handle {t} in phase one.', '{t} is part of the Enterprise plan.',
  'let me pull up {t}.', 'the price stays per active vehicle.', 'that is covered in the order form.',
  '{t} usually takes about two weeks.', 'we can set up {t} during onboarding.', 'most customers start with {t}.',
  'I will note {t} as an open point.', 'the {d} team would see that immediately.',
]
const BUYER_LINES: Pool = [
  '{t} is our biggest worry.', 'we need {t} before March.', 'our finance team will ask about pricing.',
  'that matches what we saw in the pilot.', 'the {d} depot runs {n} vans on a normal day.', '{t} is handled by hand today.',
  'the dispatchers in {d} will like that.', 'we should park {t} for now.', 'I need that in writing.',
  'works council approval takes about four weeks.',
]

const OPENING: readonly (readonly [string, string])[] = [
  [TOMASZ, 'Good morning, everyone. Can you all hear me?'],
  [HENRIK, 'Morning, Tomasz. Yes, loud and clear.'],
  [TOMASZ, 'Great. Anjali is here from our solutions team.'],
  [ANJALI, 'Hi all, happy to be here.'],
  [LENA, 'Hi, Lena Hoffmann, I run dispatch in Bremen.'],
  [TOMASZ, 'Today is the full rollout workshop, so buckle up.'],
]
const CLOSING: readonly (readonly [string, string])[] = [
  [TOMASZ, 'Let me recap the two next steps.'],
  [TOMASZ, 'I send the Enterprise order form by Friday.'],
  [HENRIK, 'And we send the SAP export samples and SSO metadata.'],
  [ANJALI, 'I will book the technical kickoff once those arrive.'],
  [HENRIK, 'Perfect. Thank you both, that was a long one.'],
  [TOMASZ, 'Thank you, everyone. Talk soon.'],
]

function mulberry32(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function createPhraseMaker(random: () => number) {
  const pick = (pool: Pool) => pool[Math.floor(random() * pool.length)] ?? pool[0]
  const fill = (template: string) =>
    template
      .replace('{t}', pick(TOPICS))
      .replace('{d}', pick(DEPOTS))
      .replace('{n}', String(18 + Math.floor(random() * 29)))
  const sentence = (clause: string) => {
    const opener = pick(OPENERS)
    return opener ? `${opener} ${clause}` : clause.charAt(0).toUpperCase() + clause.slice(1)
  }
  return (speaker: string) => {
    const roll = random()
    const isSeller = SELLERS.has(speaker)
    if (roll < 0.16) return pick(BACKCHANNELS)
    if (roll < (isSeller ? 0.26 : 0.44)) return fill(pick(QUESTIONS))
    return sentence(fill(pick(isSeller ? SELLER_LINES : BUYER_LINES)))
  }
}

function createSegments(): JsonObject[] {
  const random = mulberry32(0x5eed_2026)
  const phrase = createPhraseMaker(random)
  const segments: JsonObject[] = []
  // Times are kept in tenths of a second so every value has at most one decimal.
  let previousEnd = 0
  const push = (speaker: string, text: string) => {
    const longPause = random() < 0.01
    const gap = longPause ? 10 + Math.floor(random() * 20) : 2
    const start = segments.length === 0 ? 3 : previousEnd + gap
    const words = text.split(/\s+/).length
    const end = start + Math.min(16, Math.max(8, Math.round(words * 1.1)))
    previousEnd = end
    segments.push({ start_seconds: start / 10, end_seconds: end / 10, speaker, text })
  }

  for (const [speaker, text] of OPENING) push(speaker, text)
  let speaker = HENRIK
  while (segments.length < MIN_SEGMENTS - CLOSING.length || previousEnd < MIN_SECONDS * 10) {
    if (random() > 0.35) speaker = SPEAKERS[Math.floor(random() * SPEAKERS.length)] ?? TOMASZ
    push(speaker, phrase(speaker))
  }
  for (const [closingSpeaker, text] of CLOSING) push(closingSpeaker, text)
  return segments
}

function addSeconds(iso: string, seconds: number) {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function createLongCall(): JsonObject {
  const segments = createSegments()
  const lastEnd = segments.at(-1)?.end_seconds
  const durationSeconds = Math.ceil(typeof lastEnd === 'number' ? lastEnd : 0)
  const startedAt = '2026-10-06T08:03:00Z'
  return {
    id: DEMO_CALL_IDS.long,
    call_kind: 'booking',
    status: 'closed',
    lead_id: DEMO_LEAD_IDS.henrikVogel,
    closer_id: DEMO_TEAM_IDS.tomaszWisniewski,
    setter_id: DEMO_TEAM_IDS.diegoRamirez,
    booking_link_id: DEMO_BOOKING_LINK_IDS.enterprise,
    product_id: DEMO_PRODUCT_IDS.enterprise,
    linked_payment_id: DEMO_PAYMENT_IDS.long,
    scheduled_at: '2026-10-06T08:00:00Z',
    started_at: startedAt,
    ended_at: addSeconds(startedAt, durationSeconds),
    duration_minutes: Math.round(durationSeconds / 60),
    conferencing_link: 'https://zoom.us/j/65502187436',
    guest_rsvp_status: 'yes',
    guest_rsvp_confirmed_at: '2026-09-29T07:12:48Z',
    expected_deal_value: 2880000,
    ai_summary: `Rollout workshop with Nordhafen Logistik for **60 vans across the Hamburg and Bremen depots**, with Hannover to follow. Main open points were the SAP export, single sign-on and works council approval; pricing was discussed at length and accepted.

**Decision: Enterprise plan for both depots at $28,800 a year**, technical kickoff once the SAP samples arrive.`,
    notes: 'Marathon session, Lena (Bremen dispatch) joined for all of it.\nWorks council sign-off needed before the driver app goes live.',
    action_items: [
      {
        title: 'Send the Enterprise order form for Hamburg and Bremen',
        owner: DEMO_TEAM_IDS.tomaszWisniewski,
        due_at: '2026-10-09T15:00:00Z',
        notes: '60 vans, annual billing, Hannover as an option at the same rate.',
      },
      {
        title: 'Share SAP export samples and SSO metadata',
        owner: 'lead',
        due_at: '2026-10-16T15:00:00Z',
        notes: 'Henrik to ask IT for the Entra ID federation metadata.',
      },
    ],
    form_data: [
      { field_id: 'fleet_size', label: 'How many vehicles do you dispatch each day?', value: 60 },
      { field_id: 'depots', label: 'Which depots would use Routeline?', value: ['Hamburg', 'Bremen', 'Hannover'] },
    ],
    has_recording: false,
    recording_url: null,
    has_analysis: true,
    transcript_data: { duration_seconds: durationSeconds, language: 'en', segments },
    utm_source: 'event',
    utm_medium: 'offline',
    utm_campaign: 'logimat_2026',
    utm_term: null,
    utm_content: null,
    referral: 'LogiMAT 2026 booth visit',
    created_at: '2026-09-29T07:10:05Z',
    updated_at: '2026-10-07T08:15:00Z',
  }
}
