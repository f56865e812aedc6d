import { resolveSpeakers, UNKNOWN_SPEAKER_LABEL } from '@/features/playback/transcript/speaker-colors'
import { findPointsOfInterest, type PointKind } from './points-of-interest'

type Line = [speaker: string | null, text: string]

/** A transcript as the model holds it: one segment per line, ten seconds apart. */
function transcript(...lines: Line[]) {
  const segments = lines.map(([speaker, text], index) => ({ start: index * 10, end: index * 10 + 8, speaker, text, timed: true }))
  return { segments, speakerOf: resolveSpeakers(segments.map((segment) => segment.speaker)).ofSegment }
}

/** What the list would show for one line: each point's kind and phrase. */
function pointsIn(text: string) {
  return findPointsOfInterest(transcript(['Rep', text])).map((point) => [point.kind, point.text])
}

const phrasesOf = (text: string, kind: PointKind) => pointsIn(text).flatMap(([found, phrase]) => (found === kind ? [phrase] : []))

describe(findPointsOfInterest.name, () => {
  it('lists each question asked with a question mark as its own sentence', () => {
    expect(phrasesOf('Got it. And roughly how many stops do you run on a normal day? Tuesdays too?', 'question')).toEqual([
      'And roughly how many stops do you run on a normal day?',
      'Tuesdays too?',
    ])
  })

  it.each([
    'so how many trucks are you running right now',
    'do you integrate with samsara',
    'what does onboarding look like for a team our size',
    'could you walk me through how routes get built today',
    'Rosa, what time does your day actually start',
  ])('lists the rep’s unpunctuated question “%s”', (line) => {
    expect(phrasesOf(line, 'question')).toEqual([line])
  })

  it.each([
    'is there any flexibility on the price',
    'any chance you could waive the onboarding fee',
    'how long does it take to train a dispatcher',
    'are there per stop fees on top of that',
    'okay and who does the setup on your side',
    'whats the total drive time on that plan',
  ])('lists the lead’s unpunctuated question “%s”', (line) => {
    expect(phrasesOf(line, 'question')).toEqual([line])
  })

  it('finds an unpunctuated question after a punctuated statement', () => {
    expect(phrasesOf('Great, that helps. how many drivers do you have', 'question')).toEqual(['how many drivers do you have'])
  })

  it.each([
    'I can do that',
    'what I’d suggest is a pilot with four trucks',
    'when you put it that way it is not crazy',
    'which is why we called you in the first place',
    'Can you hear me okay, yes, loud and clear.',
    'How we build routes today is a mess.',
  ])('does not list the statement “%s” as a question', (line) => {
    expect(phrasesOf(line, 'question')).toEqual([])
  })

  it('shortens a long question to 160 characters while highlighting all of it', () => {
    const question = `Could you tell me ${'more about the school routes and '.repeat(8)}the windows?`
    const [point] = findPointsOfInterest(transcript(['Lead', question]))
    expect(point?.text).toHaveLength(160)
    expect(point?.text.endsWith('…')).toBe(true)
    expect([point?.matchStart, point?.matchEnd]).toEqual([0, question.length])
  })

  it.each([
    ['The annual plan comes to $4,800 for the year.', '$4,800'],
    ['They quoted $25 per vehicle per month.', '$25 per vehicle per month'],
    ['I had about 4k penciled in for this.', '4k'],
    ['In Germany that would be €1.200 a month.', '€1.200 a month'],
    ['The UK office pays £300 for the same thing.', '£300'],
    ['We run about 5,800 dollars a month in overtime.', '5,800 dollars a month'],
    ['Honestly I had four thousand dollars set aside.', 'four thousand dollars'],
    ['Another vendor charges twenty-five dollars a vehicle.', 'twenty-five dollars a vehicle'],
    ['We have $4,000 budgeted for routing this year.', '$4,000'],
    ['That is fifty-eight hundred bucks we could save.', 'fifty-eight hundred bucks'],
    ['I can waive the seven hundred and fifty dollar onboarding fee.', 'seven hundred and fifty dollar'],
  ])('lists money in “%s” as %s, and not also as a number', (line, amount) => {
    expect(phrasesOf(line, 'money')).toEqual([amount])
    expect(phrasesOf(line, 'number')).toEqual([])
  })

  it.each([
    ['We run 14 trucks out of one warehouse in Joliet.', ['14 trucks']],
    ['We run fourteen trucks, ten of them refrigerated.', ['fourteen trucks', 'ten']],
    ['Somewhere between a hundred and seventy and a hundred and ninety stops.', ['a hundred and seventy', 'a hundred and ninety stops']],
    ['Last quarter we were at 86% on time, and they want ninety-five.', ['86%', 'ninety-five']],
    ['We were at about eighty-six percent against the windows.', ['eighty-six percent']],
    ['On a good day it takes two and a half hours.', ['two and a half hours']],
    ['We will need 2,000 labels for the pilot.', ['2,000 labels']],
  ])('lists the numbers in “%s” with what they count', (line, numbers) => {
    expect(phrasesOf(line, 'number')).toEqual(numbers)
  })

  it.each([
    'One of our drivers knows that dock by heart.',
    'I just need one more thing from you.',
    'I’m marking truck seven as delayed, and route 66 too.',
    'We have a SOC 2 report for that.',
    'The file lands at 6:30 and the trucks roll at four a.m.',
    'He wants us there between six and eight in the morning.',
  ])('does not list “%s” as a number', (line) => {
    expect(phrasesOf(line, 'number')).toEqual([])
  })

  it.each([
    ['Could you send the order exports by Friday?', ['by Friday']],
    ['Say Monday, December seventh, and the full fleet in the first week of January.', ['Monday, December seventh', 'the first week of January']],
    ['The pilot starts December 7 and the renewal is in March.', ['December 7', 'March']],
    ['You will have it tomorrow, or by the end of the month at the latest.', ['tomorrow', 'by the end of the month']],
    ['Next week is busy, so let’s talk in two weeks.', ['Next week', 'in two weeks']],
    ['I’ll walk him through it tonight.', ['tonight']],
    ['The contract was signed on 2026-01-20, back in 2011 we had nothing.', ['on 2026-01-20', '2011']],
    ['We want it live by May, and the school year starts in August.', ['by May', 'August']],
  ])('lists the dates and deadlines in “%s”', (line, dates) => {
    expect(phrasesOf(line, 'date')).toEqual(dates)
  })

  it('ends a counted noun at a letter outside the basic plane, so the amount after it stays whole', () => {
    expect(pointsIn('fourteen trucks𠀀fifty-eight hundred dollars a month')).toEqual([
      ['number', 'fourteen trucks'],
      ['money', 'fifty-eight hundred dollars a month'],
    ])
  })

  it('does not read “May I ask” as a month', () => {
    expect(phrasesOf('May I ask who else signs off on this?', 'date')).toEqual([])
  })

  it.each([
    ['First, I’ll send you the order form for the annual plan.', ['I’ll send']],
    ['We’ll send over the SAP export samples and the SSO metadata.', ['We’ll send']],
    ['Great, let’s schedule the kickoff with Rosa.', ['let’s schedule']],
    ['Let’s set up thirty minutes at the warehouse.', ['Let’s set up']],
    ['Can we book a technical call for Monday?', ['Can we book']],
    ['I will follow up with our controller about QuickBooks.', ['I will follow up']],
    ['Let me check with Denise and I’ll get back to you.', ['Let me check', 'I’ll get back']],
    ['Can you send over the SOC 2 report?', ['Can you send']],
    ['Let me recap the next steps so we are on the same page.', ['next steps']],
    ['We should loop in your IT person before the pilot.', ['loop in']],
  ])('lists the next steps in “%s”', (line, steps) => {
    expect(phrasesOf(line, 'next step')).toEqual(steps)
  })

  it.each([
    'Ha, no worries at all, that’s the soundtrack of a busy warehouse.',
    'Morning, Maya, yep, loud and clear.',
    'Good, good, glad to hear it.',
    'Oh, that alone would save me some arguments in the break room.',
  ])('finds nothing in small talk: “%s”', (line) => {
    expect(pointsIn(line)).toEqual([])
  })

  it('lists points in transcript order with the offsets of each phrase in its segment', () => {
    const model = transcript(['Rep', 'How many trucks? We have 14 trucks.'], ['Lead', 'I’ll send $4,800 by Friday.'])
    const points = findPointsOfInterest(model)
    expect(points.map((point) => [point.segmentIndex, point.kind, point.text])).toEqual([
      [0, 'question', 'How many trucks?'],
      [0, 'number', '14 trucks'],
      [1, 'next step', 'I’ll send'],
      [1, 'money', '$4,800'],
      [1, 'date', 'by Friday'],
    ])
    for (const point of points) {
      expect(model.segments[point.segmentIndex]?.text.slice(point.matchStart, point.matchEnd)).toBe(point.text)
    }
  })

  it('keeps the time, timing and speaker of each point’s segment, with or without a speaker', () => {
    const model = transcript([null, 'Can we book Monday?'])
    model.segments[0] = { ...model.segments[0]!, start: 42, timed: false }
    const points = findPointsOfInterest(model)
    expect(points.length).toBeGreaterThan(0)
    for (const point of points) {
      expect([point.start, point.timed, point.speaker.label]).toEqual([42, false, UNKNOWN_SPEAKER_LABEL])
    }
  })

  it.each([
    ['an empty line', ''],
    ['a 10,000-character word', 'a'.repeat(10_000)],
    ['10,000 digits', '9'.repeat(10_000)],
    ['a long run of number words', 'twenty-one hundred and '.repeat(400)],
    ['regular-expression characters', '$$$ (?:.*)+ \\d{1,3} [^?] $4,800?? ^$'],
    ['right-to-left text', 'כמה משאיות יש לכם? ١٤ شاحنة'],
    ['emoji and combining marks', '👩‍👩‍👧‍👦 e\u0301 $5 🚚🚚 14 🚚 trucks?'],
    ['a character that grows when lower-cased', 'İSTANBUL has 14 TRUCKS by Friday?'],
  ])('copes with %s', (_name, text) => {
    const points = findPointsOfInterest(transcript(['Rep', text]))
    for (const point of points) expect(point.matchEnd).toBeLessThanOrEqual(text.length)
  })
})
