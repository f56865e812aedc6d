// Money, numbers, clock times, dates and next-step phrases, and the words each can begin with: a pattern is
// tried only where such a word stands, which keeps ten thousand segments fast.
import { DIGITS, END, HOUR, LETTER, NOT_IN_WORD, rx, SCALE, SPOKEN, TEENS, TENS, UNIT } from './pattern-parts'

// Groups: 1 currency sign, 2 digits, 3 short magnitude ("4k"), 4 spoken magnitude, 5 currency word.
export const AMOUNT = rx(
  NOT_IN_WORD,
  String.raw`(?:([$€£¥₹]|usd|eur|gbp)\s?)?(?:(${DIGITS})|${SPOKEN})(?![.,:/]\d)`,
  String.raw`(?:\s?(k|m|mm|bn)${END}|\s+(thousand|million|billion|grand)${END})?`,
  String.raw`(?:\s?((?:dollars?|bucks|euros?|pounds?|usd|eur|gbp)${END})|\s?%|\s+per\s?cent${END})?`,
)
export const RATE = rx(String.raw`(?:\s+(?:a|an|per|each|every)\s+(?:month|year|week|day|hour|vehicle|truck|van|seat|user|driver|licen[cs]e|stop|head|person|mile|unit|location|site|quarter)${END}|\s?\/\s?(?:mo|month|yr|year|seat|user|vehicle)${END}){1,2}`)
const CLOCK_TIME = rx(
  NOT_IN_WORD,
  String.raw`(?:(?:\d{1,2}(?::\d{2})?|${HOUR})\s?(?:[ap]\.?m(?![${LETTER}])\.?|o['’]clock)|${HOUR}\s+(?:fifteen|thirty|forty[\s-]five)${END}|${HOUR}(?:\s+(?:and|to|or)\s+${HOUR})?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))`,
)
// A number right after one of these names a thing ("truck seven", "route 66", "SOC 2") rather than counting it.
export const LABEL_BEFORE = /(?:\b(?:route|truck|highway|interstate|exit|suite|room|gate|dock|door|page|step|version|phase|tier|level|type|number|no\.)|#)\s*$/u
export const ACRONYM_BEFORE = /\b[A-Z]{2,}\s$/u
// Letters as the patterns know them: a letter they do not (one outside the basic plane) ends the noun, so a
// pattern's word right after it ("trucks𠀀fifty dollars") is not taken into the noun.
const NOUN_AFTER = new RegExp(String.raw`[\s-]+(\p{Ll}[${LETTER}A-Z]*)`, 'uy')
const NOT_A_NOUN = new Set(
  'a an the and or but nor of to in on at by for with from into over under about than then as so if is are was were be been am do does did have has had will would can could should may might must not no yes it its this that these those there here i you we they he she me us them him her my your our their his what which who when where why how all any each every some more less most much many few other such same just only also too very really even still again back out up down off away now ago ish because while until since after before during plus go new old first last next'.split(' '),
)
export const YEAR = /^(?:19|20)\d\d$/

const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december'
const ORDINAL = String.raw`(?:(?:twenty|thirty)[\s-])?(?:first|second|third|(?:four|fif|six|seven|eigh|nin)th)|(?:ten|eleven|twelf|(?:thir|four|fif|six|seven|eigh|nine)teen|twentie|thirtie)th`
const DAY = String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})${END}`
const COUNT = String.raw`(?:a\s+couple\s+of|a\s+few|couple\s+of|few|several|an?|\d+|${HOUR})`
const LEAD = String.raw`(?:(?<![${LETTER}])(?:by|before|until|till|no\s+later\s+than|on|this|next|last|coming|early|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:week|half)\s+of)\s+|mid-)`
// "by", "next", "the first week of": taken in when they stand right before a date.
export const LEAD_BEFORE = new RegExp(`${LEAD}{1,2}$`, 'u')
// "May" alone is a month only where it cannot be the verb.
export const MAY_LEAD_BEFORE = /(?:\b(?:by|before|until|in|on|since|from|of|early|late|this|next|last)\s+|mid-)$/u
// Dates in five small patterns, one per way a date begins: five small patterns compile far faster than one large one.
const dateRx = (source: string) => rx(NOT_IN_WORD, `(?:${source})${END}`)
const WEEKDAY_DATE = dateRx(String.raw`(?:${WEEKDAY})(?:(?:,?\s+(?:${MONTH}))?\s+${DAY})?`)
const MONTH_DATE = dateRx(String.raw`(?:${MONTH})(?:\s+${DAY})?(?:,?\s+(?:19|20)\d{2})?|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?`)
const DAY_OF_MONTH = dateRx(String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|${ORDINAL})\s+of\s+(?:${MONTH})`)
const RELATIVE_DATE = dateRx(
  [
    String.raw`today|tonight|the\s+day\s+after\s+tomorrow|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|yesterday`,
    String.raw`(?:(?:later|earlier)\s+)?(?:this|next|last)\s+(?:week|weekend|month|quarter|year)|this\s+(?:morning|afternoon|evening)|over\s+the\s+weekend`,
    String.raw`(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|quarter|year)|eod|eow|eom|q[1-4]`,
    String.raw`in\s+${COUNT}\s+(?:days?|weeks?|months?|years?)|${COUNT}\s+(?:days?|weeks?|months?)\s+from\s+now`,
    String.raw`thanksgiving|christmas|easter|halloween|new\s+year['’]?s(?:\s+(?:day|eve))?`,
  ].join('|'),
)
const NUMERIC_DATE = dateRx(String.raw`(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}`)

const HANDOFF = String.raw`send|e-?mail|share|forward|follow[\s-]up|get\s+back|circle\s+back|check|loop|set\s+up|schedule|book|put\s+together|draft|prepare|connect|introduce|reach\s+out|call|ping|confirm|note|review|talk\s+to|speak\s+(?:to|with)|walk\s+[${LETTER}]+\s+through|make\s+sure|have(?!\s+to)|pull|get|write|invite|look\s+into|find\s+out|double[\s-]check|fill\s+[${LETTER}]+\s+in|put\s+(?:it|that|this)\s+in\s+writing|pre-?fill|touch\s+base`
const NEXT_STEP = rx(
  String.raw`(?<![${LETTER}'’])(?:`,
  [
    String.raw`(?:i|we)(?:['’]ll|\s+will|['’]m\s+going\s+to|['’]re\s+going\s+to|\s+(?:am|are)\s+going\s+to|\s+can|\s+need\s+to)\s+(?:also\s+|just\s+|then\s+|definitely\s+)?(?:${HANDOFF})`,
    String.raw`you['’]ll\s+(?:check|send|get|have|receive|hear)|(?:he|she|they)['’]ll\s+(?:send|check|get\s+back|follow\s+up|connect|set\s+up|book|schedule|call)`,
    String.raw`let['’]?s\s+(?:schedule|set\s+up|book|plan|find\s+a\s+time|put|lock|pencil|meet|touch\s+base|follow\s+up|circle\s+back|reconvene|regroup|sync)`,
    String.raw`let\s+me\s+(?:send|check|get\s+back|follow\s+up|loop|confirm|find\s+out|circle\s+back|e-?mail|talk\s+to|ask|double[\s-]check|look\s+into)`,
    String.raw`(?:can|could|shall|should)\s+we\s+(?:book|schedule|set\s+up|find|lock|pencil|meet|plan|put|get)`,
    String.raw`(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:send|e-?mail|share|forward|get\s+back|check|confirm|loop|introduce|set\s+up|pull|book|schedule)`,
    String.raw`follow(?:ing)?[\s-]?up|next\s+steps?|action\s+items?|get\s+back\s+to\s+you|circle\s+back|touch\s+base|calendar\s+invite|check\s+with`,
    String.raw`send(?:\s+(?:it|that|this|them|those|everything|something))?\s+over|loop\s+(?:[${LETTER}]+\s+)?in|(?<=^\s*|[.!?;:]\s+|please\s+)send\s+(?:you|me|us|him|her|them)\s+(?:the|a|an|our|your)`,
  ].join('|'),
  `)${END}`,
)

const NUMBER_WORDS = [UNIT, TEENS, TENS, SCALE, 'dozen a an'].join('|')
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth'
/** The patterns, each with the words it can begin with (digits begin those marked `digits`). */
const PATTERNS = {
  amount: { pattern: AMOUNT, words: `${NUMBER_WORDS}|usd eur gbp`, digits: true },
  clock: { pattern: CLOCK_TIME, words: `${UNIT}|ten eleven twelve`, digits: true },
  weekday: { pattern: WEEKDAY_DATE, words: WEEKDAY, digits: false },
  month: { pattern: MONTH_DATE, words: `${MONTH}|jan feb mar apr jun jul aug sep sept oct nov dec`, digits: false },
  dayOfMonth: { pattern: DAY_OF_MONTH, words: `the twenty thirty ${ORDINALS}`, digits: true },
  relative: {
    pattern: RELATIVE_DATE,
    words: `${UNIT}|ten eleven twelve a couple few several today tonight the tomorrow yesterday later earlier this next last over end eod eow eom q1 q2 q3 q4 in thanksgiving christmas easter halloween new`,
    digits: true,
  },
  numericDate: { pattern: NUMERIC_DATE, words: '', digits: true },
  nextStep: { pattern: NEXT_STEP, words: 'i we you he she they let lets can could shall should would will follow following next action get circle touch calendar check send loop', digits: false },
}
export type PatternName = keyof typeof PATTERNS
export const DATE_PATTERNS: PatternName[] = ['weekday', 'month', 'dayOfMonth', 'relative', 'numericDate']
const PATTERN_BIT = Object.fromEntries(Object.keys(PATTERNS).map((name, index) => [name, 1 << index])) as Record<PatternName, number>
const PATTERN_NAMES = Object.keys(PATTERNS) as PatternName[]
const STARTS = new Map<string, number>()
for (const name of PATTERN_NAMES) {
  for (const word of PATTERNS[name].words.split(/[\s|]+/)) if (word) STARTS.set(word, (STARTS.get(word) ?? 0) | PATTERN_BIT[name])
}
const DIGIT_STARTS = PATTERN_NAMES.reduce((bits, name) => (PATTERNS[name].digits ? bits | PATTERN_BIT[name] : bits), 0)
// Finds the words above, digits and currency signs in one scan; V8 runs a list of whole words far faster than it tokenizes.
const START_WORD = new RegExp(String.raw`(?<![${LETTER}\d])(?:${[...STARTS.keys()].join('|')})(?![${LETTER}\d])|\d+|[$€£¥₹]`, 'gu')
for (const sign of '$€£¥₹') STARTS.set(sign, PATTERN_BIT.amount)


/** Where words that begin some pattern stand, as pairs of offset and the patterns they begin. */
export function wordStarts(lower: string) {
  const starts: number[] = []
  START_WORD.lastIndex = 0
  for (let match = START_WORD.exec(lower); match; match = START_WORD.exec(lower)) {
    starts.push(match.index, STARTS.get(match[0]) ?? DIGIT_STARTS)
  }
  return starts
}

/** The patterns' matches, left to right and not overlapping, each tried only at words it can begin with; the first to match wins. */
export function matches(text: string, starts: readonly number[], names: readonly PatternName[]) {
  const found: RegExpExecArray[] = []
  let after = 0
  for (let i = 0; i < starts.length; i += 2) {
    const at = starts[i]!
    if (at < after) continue
    for (const name of names) {
      if ((starts[i + 1]! & PATTERN_BIT[name]) === 0) continue
      const { pattern } = PATTERNS[name]
      pattern.lastIndex = at
      const match = pattern.exec(text)
      if (match && match[0].length > 0) {
        found.push(match)
        after = at + match[0].length
        break
      }
    }
  }
  return found
}

/** The end of the noun a number counts ("14 trucks"), or the number's own end when no noun follows. */
export function afterNoun(text: string, end: number) {
  NOUN_AFTER.lastIndex = end
  const noun = NOUN_AFTER.exec(text)
  if (!noun?.[1]) return end
  const word = noun[1].toLowerCase()
  // A word that can begin a pattern ("fifty", "tomorrow") starts something else.
  return NOT_A_NOUN.has(word) || STARTS.has(word) || /(?:ed|ly)$/.test(word) ? end : end + noun[0].length
}
