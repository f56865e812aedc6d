import { enumKey } from '@/components/ui/enum-badge'
import type { Call } from '@/entities/call/call-schema'
import { formatDate } from '@/lib/dates/dates'
import { ordinal } from '@/lib/text/ordinal'
import { isUpcoming, orderJourney } from './journey-order'
import type { LeadCalls } from './lead-calls-query'

/** How a status reads after "the first was …"; other listed statuses read as their own word. */
const STATUS_PHRASES: Readonly<Record<string, string>> = {
  no_show: 'a no-show',
  noshow: 'a no-show',
  follow_up: 'a follow-up',
  followup: 'a follow-up',
  closed_won: 'closed won',
  closed_lost: 'closed lost',
  in_progress: 'in progress',
}
const STATUS_WORDS = new Set(['closed', 'won', 'lost', 'completed', 'scheduled', 'booked', 'confirmed', 'rescheduled', 'pending', 'disqualified', 'cancelled', 'canceled'])

function statusPhrase(status: string | null) {
  if (status === null) return 'has no status'
  const key = enumKey(status)
  // Own keys only: a status of "constructor" must not find Object.prototype.constructor.
  const phrase = Object.hasOwn(STATUS_PHRASES, key) ? STATUS_PHRASES[key] : STATUS_WORDS.has(key) ? key : null
  return phrase ? `was ${phrase}` : `was marked “${status}”`
}

/** A sentence's words, with the days it names left as dates, for the reader's calendar and language to write. */
export type JourneyWords = readonly (string | Date)[]

function dayOf(call: Call): string | Date {
  return call.scheduledAt?.date ?? 'a day not given'
}

function describeEarlier(earlier: readonly Call[], now: Date): JourneyWords | null {
  const previous = earlier.at(-1)
  if (!previous) return null
  const which = earlier.length === 1 ? 'the first' : 'the previous one'
  return isUpcoming(previous, now) ? [`${which} is on `, dayOf(previous)] : [`${which} ${statusPhrase(previous.status)}`]
}

function describeLater(later: readonly Call[], now: Date): JourneyWords | null {
  const next = later[0]
  if (!next) return null
  if (isUpcoming(next, now)) return ['the next is on ', dayOf(next)]
  return [next.scheduledAt?.date ? `${later.length} more since` : `${later.length} more without a date`]
}

type JourneySummary = { journey: readonly Call[]; current: Call; now: Date; truncated: boolean }

/** One sentence on where this call sits among the lead's calls: "2nd call with this lead; the first was a no-show." */
export function journeyWords({ journey, current, now, truncated }: JourneySummary): JourneyWords {
  if (truncated) return [`${journey.length} calls with this lead, and more.`]
  if (journey.length <= 1) return ['No other calls with this lead.']
  if (!current.scheduledAt?.date) return [`One of ${journey.length} calls with this lead; this one has no date.`]
  const index = journey.indexOf(current)
  const position = `${ordinal(index + 1)} call with this lead`
  const parts = [
    [isUpcoming(current, now) ? `Upcoming ${position}` : position],
    describeEarlier(journey.slice(0, index), now),
    describeLater(journey.slice(index + 1), now),
  ].filter((part) => part !== null)
  return [...parts.flatMap((part, at) => (at === 0 ? part : ['; ', ...part])), '.']
}

/** The sentence as the page shows it, its days in the viewer's calendar. */
export function wordsAsText(words: JourneyWords) {
  return words.map((word) => (typeof word === 'string' ? word : formatDate(word))).join('')
}

/** What the lead's strip says above its calls (`journey`, in order): the sentence, and the calls that could not be read. */
export function journeyCaption(calls: LeadCalls, journey: readonly Call[], current: Call, now: Date): JourneyWords {
  const words = journeyWords({ journey, current, now, truncated: calls.truncated })
  return calls.skipped > 0 ? [...words, ` ${unreadNote(calls.skipped)}`] : words
}

function unreadNote(skipped: number) {
  return skipped === 1 ? '1 call couldn’t be read.' : `${skipped} calls couldn’t be read.`
}

export type JourneyPreviewWords = { caption: JourneyWords; listsCalls: boolean }

/** The strip's sentence, and whether a row of calls goes under it. */
export function journeyPreview(calls: LeadCalls, current: Call, now: Date): JourneyPreviewWords {
  const journey = orderJourney(calls.calls, current)
  return { caption: journeyCaption(calls, journey, current, now), listsCalls: journey.length > 1 }
}
