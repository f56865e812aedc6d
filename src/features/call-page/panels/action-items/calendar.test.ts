import { readApiDate } from '@/lib/dates/dates'
import ICAL from 'ical.js'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS, DEMO_TEAM_IDS } from '@/mock-api/demo-data/demo-ids'
import { normalizeCall } from '@/entities/call/call-schema'
import { buildActionItemsCalendar } from './calendar'
import { createIcsText } from './calendar-ics'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const HOSTILE_TITLE = 'Call back, then; sign\\off — 🚚👩🏽‍💻 <script>alert(1)</script>'
const HOSTILE_NOTES = `Line one, with commas; and semicolons\nLine two\r\nLine three\rafter a lone CR\u0007 ${'Very long text 📦 é '.repeat(30)}`

async function parse(items: unknown[], id = ID, ownerLabel?: (owner: string | null) => string | null) {
  const plan = buildActionItemsCalendar(normalizeCall({ id, action_items: items }).actionItems, { id }, ownerLabel)
  const ics = await createIcsText(plan)
  const calendar = ICAL.Component.fromString(ics)
  return { plan, ics, calendar, events: calendar.getAllSubcomponents('vevent') }
}

const text = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name)
const time = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name) as ICAL.Time

describe(buildActionItemsCalendar.name, () => {
  it('makes one 30-minute event per item with a due date from the demo call', async () => {
    const { plan, events, calendar } = await parse(closedCall.action_items as unknown[], DEMO_CALL_IDS.closed)
    expect(plan.fileName).toBe('call-30283b2e-action-items.ics')
    expect(plan.skipped).toBe(1)
    expect(events).toHaveLength(4)
    expect(text(calendar, 'x-wr-calname')).toBe('Action items: call 30283b2e')
    const [first] = events
    expect(text(first!, 'summary')).toBe('Send annual Team plan order form and payment link')
    expect(time(first!, 'dtstart').toJSDate().toISOString()).toBe('2026-11-18T17:00:00.000Z')
    expect(time(first!, 'dtstart').zone?.tzid).toBe('UTC')
    expect((text(first!, 'duration') as ICAL.Duration).toSeconds()).toBe(30 * 60)
    expect(text(first!, 'uid')).toBe(`${DEMO_CALL_IDS.closed}-action-item-0@aura-call-review`)
    expect(text(first!, 'description')).toBe(
      '$4,800/year, $750 onboarding waived, 30-day guarantee from go-live on Dec 7, renewal cap 5%. Attach the SOC 2 report and security answers.' +
        `\n\nOwner: ${DEMO_TEAM_IDS.mayaOkafor}\n\nFrom call 30283b2e`,
    )
    expect(events.map((event) => text(event, 'uid'))).toEqual([0, 1, 2, 3].map((index) => `${DEMO_CALL_IDS.closed}-action-item-${index}@aura-call-review`))
  })

  it('keeps UIDs stable between builds', async () => {
    const items = [{ title: 'A', due_at: '2026-11-18T17:00:00Z' }]
    const first = await parse(items)
    const second = await parse(items)
    expect(text(first.events[0]!, 'uid')).toBe(text(second.events[0]!, 'uid'))
  })

  it('round-trips commas, semicolons, backslashes, line breaks, emoji, markup and long text', async () => {
    const { events, ics } = await parse([{ title: HOSTILE_TITLE, owner: 'lead', due_at: '2026-11-18T17:00:00Z', notes: HOSTILE_NOTES }])
    const [event] = events
    expect(text(event!, 'summary')).toBe(HOSTILE_TITLE)
    const expectedNotes = HOSTILE_NOTES.replace(/\r\n?/g, '\n').replace('\u0007', '').trim()
    expect(text(event!, 'description')).toBe(`${expectedNotes}\n\nOwner: Lead\n\nFrom call 550e8400`)
    const encoder = new TextEncoder()
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).not.toMatch(/\r(?!\n)/)
  })

  it('uses resolved owner names when given', async () => {
    const { events } = await parse([{ title: 'A', owner: 'user_2abc', due_at: '2026-11-18T17:00:00Z' }], ID, (owner) =>
      owner === 'user_2abc' ? 'Maya Okafor' : owner,
    )
    expect(text(events[0]!, 'description')).toBe('Owner: Maya Okafor\n\nFrom call 550e8400')
  })

  it('makes an all-day event for a due date without a time', async () => {
    const { events } = await parse([{ title: 'All day', due_at: '2026-12-07' }])
    const start = time(events[0]!, 'dtstart')
    expect(start.isDate).toBe(true)
    expect(start.toString()).toBe('2026-12-07')
    expect(time(events[0]!, 'dtend').toString()).toBe('2026-12-08')
  })

  it('leaves out items without a readable due date, and names untitled ones', async () => {
    const { plan, events } = await parse([
      { title: 'No date' },
      { title: 'Bad date', due_at: '2026-02-30T10:00:00Z' },
      { title: 'Words', due_at: 'next Tuesday' },
      { title: '  ', due_at: '2026-11-18T17:00:00Z' },
    ])
    expect(plan.skipped).toBe(3)
    expect(events).toHaveLength(1)
    expect(text(events[0]!, 'summary')).toBe('Untitled item')
    expect(text(events[0]!, 'uid')).toBe(`${ID}-action-item-3@aura-call-review`)
  })

  it('keeps a hostile call id out of the file name and UIDs', () => {
    const plan = buildActionItemsCalendar([{ title: 'A', owner: null, dueAt: readApiDate('2026-11-18T17:00:00Z'), notes: null, extra: {} }], {
      id: '../../etc/passwd;\r\nX',
    })
    expect(plan.fileName).toBe('call-etcpassw-action-items.ics')
    expect(plan.events[0]?.uid).toBe('etcpasswdX-action-item-0@aura-call-review')
  })
})
