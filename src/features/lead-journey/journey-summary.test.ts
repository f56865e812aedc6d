import { normalizeCall } from '@/entities/call/call-schema'
import { orderJourney } from './journey-order'
import { journeyWords, wordsAsText } from './journey-summary'

const NOW = new Date('2026-12-01T12:00:00Z')

/** A call of the lead on `day` (or undated), with a status; ids follow the order given. */
function calls(...specs: [day: string | null, status?: string | null][]) {
  return specs.map(([day, status = 'completed'], index) =>
    normalizeCall({ id: `call-${index}`, status, scheduled_at: day && `${day}T15:00:00Z` }),
  )
}

/** The sentence for the call at `currentIndex` among `all`. */
function describe_(all: ReturnType<typeof calls>, currentIndex: number, truncated = false) {
  const current = all[currentIndex]!
  return wordsAsText(journeyWords({ journey: orderJourney(all, current), current, now: NOW, truncated }))
}

describe(journeyWords.name, () => {
  it.each([
    ['the only call', calls(['2026-11-10']), 0, 'No other calls with this lead.'],
    ['the first, with one after it', calls(['2026-11-10'], ['2026-11-20']), 0, '1st call with this lead; 1 more since.'],
    ['the first, with the next still to come', calls(['2026-11-10'], ['2026-12-07', 'scheduled']), 0, '1st call with this lead; the next is on Dec 7, 2026.'],
    ['the second after a no-show', calls(['2026-11-04', 'no_show'], ['2026-11-17', 'closed']), 1, '2nd call with this lead; the first was a no-show.'],
    [
      'the second, between a no-show and an upcoming call',
      calls(['2026-11-04', 'no_show'], ['2026-11-17', 'closed'], ['2026-12-07', 'scheduled']),
      1,
      '2nd call with this lead; the first was a no-show; the next is on Dec 7, 2026.',
    ],
    [
      'the third, whatever order the API sent',
      calls(['2026-11-20', 'won'], ['2026-11-01', 'cancelled'], ['2026-11-10', 'rescheduled']),
      0,
      '3rd call with this lead; the previous one was rescheduled.',
    ],
    ['the 11th', calls(...Array.from({ length: 11 }, (_, day) => [`2026-10-${String(day + 10)}`] as [string])), 10, '11th call with this lead; the previous one was completed.'],
    ['an upcoming call', calls(['2026-11-04', 'no_show'], ['2026-12-07', 'scheduled']), 1, 'Upcoming 2nd call with this lead; the first was a no-show.'],
    [
      'an upcoming call after another upcoming one',
      calls(['2026-12-03', 'scheduled'], ['2026-12-07', 'scheduled']),
      1,
      'Upcoming 2nd call with this lead; the first is on Dec 3, 2026.',
    ],
    ['a call after one with an unlisted status', calls(['2026-11-04', 'pending_review'], ['2026-11-17']), 1, '2nd call with this lead; the first was marked “pending_review”.'],
    ['a call after one without a status', calls(['2026-11-04', null], ['2026-11-17']), 1, '2nd call with this lead; the first has no status.'],
    ['a call after a “No-Show”, spelled otherwise', calls(['2026-11-04', 'No-Show'], ['2026-11-17']), 1, '2nd call with this lead; the first was a no-show.'],
    ['a call without a date', calls(['2026-11-04'], [null]), 1, 'One of 2 calls with this lead; this one has no date.'],
    ['a dated call with an undated one', calls(['2026-11-04'], [null]), 0, '1st call with this lead; 1 more without a date.'],
    ['a list cut short', calls(['2026-11-04'], ['2026-11-17'], ['2026-11-20']), 1, '3 calls with this lead, and more.'],
  ])('%s', (_name, all, currentIndex, expected) => {
    expect(describe_(all, currentIndex, expected.endsWith('and more.'))).toBe(expected)
  })

  it('never says "constructor" or other inherited names are known statuses', () => {
    expect(describe_(calls(['2026-11-04', 'constructor'], ['2026-11-17']), 1)).toBe('2nd call with this lead; the first was marked “constructor”.')
  })
})

describe(orderJourney.name, () => {
  it('puts the dated calls oldest first and the undated last, in the order they came, with this call’s own copy', () => {
    const [undatedA, late, undatedB, early] = calls([null], ['2026-11-20'], [null], ['2026-11-01'])
    const current = normalizeCall({ id: late!.id, status: 'closed', scheduled_at: '2026-11-20T15:00:00Z', notes: 'full copy' })
    const journey = orderJourney([undatedA!, late!, undatedB!, early!], current)
    expect(journey.map((call) => call.id)).toEqual([early!.id, late!.id, undatedA!.id, undatedB!.id])
    expect(journey[1]).toBe(current)
  })

  it('adds this call when the list left it out', () => {
    const [other] = calls(['2026-11-01'])
    const current = normalizeCall({ id: 'this-call', scheduled_at: '2026-11-02T10:00:00Z' })
    expect(orderJourney([other!], current).map((call) => call.id)).toEqual([other!.id, 'this-call'])
  })
})
