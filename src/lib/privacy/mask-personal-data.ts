// Personal data in free text, found by pattern and replaced by a visible token, for a page shown to a room.
// Every repetition below is bounded or separated by a character the repeated part cannot match, so a pattern
// never backtracks more than a fixed number of steps per position: a hostile 100 KB string masks in linear time.

export const HIDDEN = {
  email: '[email hidden]',
  phone: '[phone hidden]',
  amount: '[amount hidden]',
  address: '[address hidden]',
} as const

export type HiddenKind = keyof typeof HIDDEN

// The local part as RFC 5322 allows it when the word starts there; after a word's start, without the characters that
// join a URL's parts (& / = ?), so an email in a link's query hides only itself. At most 64 characters.
const EMAIL_DOMAIN = String.raw`@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}`
const EMAIL = new RegExp(
  [
    String.raw`(?<=^|[\s<(\["'])[\p{L}\p{N}!#$%&'*+/=?^_{|}~.\u0060-]{1,64}${EMAIL_DOMAIN}`,
    String.raw`[\p{L}\p{N}!#$%'*+^_{|}~.\u0060-]{1,64}${EMAIL_DOMAIN}`,
  ].join('|'),
  'gu',
)

// "+1 (815) 555-0147", "+442079460318"; and national forms with separators: "(815) 555-0147", "020 7946 0318".
// A bare run of digits is an ID or a count, never taken for a phone number.
const PHONE = new RegExp(
  [
    String.raw`\+\d(?:[ .\-\u00a0()/]{0,3}\d){6,14}(?!\d)`,
    String.raw`(?<![\w+.:\-/])\(?\d{3}\)?[ .\-\u00a0]?\d{3}[ .\-\u00a0]\d{4}(?![\w\-])`,
    String.raw`(?<![\w+.:\-/])0\d{1,4}[ \-/\u00a0]\d{3,4}[ \-\u00a0]?\d{3,5}(?![\w\-])`,
  ].join('|'),
  'g',
)

const SYMBOL = '[$€£¥₹]'
// Codes only in capitals: "cad00000" in an ID is not Canadian dollars.
const CODE = '(?:USD|EUR|GBP|CAD|AUD|CHF|JPY|INR|US\\$)'
// "4,800", "1.200,50", "1 200,50" (spaces as Intl writes them); never starting inside another number.
const NUMBER = String.raw`(?<![\d.,])\d{1,12}(?:[.,'\u00a0\u202f ]\d{3}){0,5}(?:[.,]\d{1,2})?`
const SCALE = String.raw`(?:[ \u00a0]?(?:[kKmM]|bn|mn|thousand|million|billion|grand)\b)?`
const SPOKEN_WORD =
  '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)'
const CURRENCY_WORD = '(?:dollars?|euros?|bucks)\\b'

// "$4,800", "USD 12k", "€1.200,50", "1.200,50 €", "12k USD".
const MONEY_SIGN = new RegExp(
  [`(?:${SYMBOL}|\\b${CODE})[ \\u00a0]?-?${NUMBER}${SCALE}`, `${NUMBER}${SCALE}[ \\u00a0\\u202f]?(?:${SYMBOL}|${CODE}\\b)`].join('|'),
  'g',
)
// "4800 dollars", "Forty-eight hundred dollars", "seven hundred and fifty dollar".
const MONEY_WORDS = new RegExp(
  [`${NUMBER}${SCALE}[ \\u00a0]?${CURRENCY_WORD}`, `\\b${SPOKEN_WORD}(?:(?:[ -]| and )${SPOKEN_WORD}){0,8}[ -]${CURRENCY_WORD}`].join('|'),
  'gi',
)

// "1200 W Jefferson St", "42 Baker Street", "Hafenstraße 12": a number next to a street word.
const STREET = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Square|Sq)'
const ADDRESS = new RegExp(
  [
    String.raw`(?<![\w.,])\d{1,6}[a-zA-Z]?(?: [A-Z][\p{L}'-]{0,30}){1,4} ${STREET}\b`,
    String.raw`\b\p{Lu}\p{L}{0,30}(?:straße|strasse|str\.|weg|allee|gasse|platz) \d{1,5}[a-z]?\b`,
  ].join('|'),
  'gu',
)

/** In the order they are applied: an email's digits are never read as a phone number, nor a phone's as money. */
const PATTERNS: readonly (readonly [RegExp, HiddenKind])[] = [
  [EMAIL, 'email'],
  [PHONE, 'phone'],
  [MONEY_SIGN, 'amount'],
  [MONEY_WORDS, 'amount'],
  [ADDRESS, 'address'],
]

const maskOnce = (text: string) => PATTERNS.reduce((masked, [pattern, kind]) => masked.replace(pattern, HIDDEN[kind]), text)

// A token can end a word where the masked text did not ("dollars1 €" becomes "dollars[amount hidden]"), so masking
// repeats until nothing changes; tokens themselves never match, so a pass or two more is all it ever takes.
const MAX_PASSES = 4

/** The text with every email, phone number, amount of money and street address replaced by its token. */
export function maskPersonalText(text: string): string {
  let masked = text
  for (let pass = 0, previous = ''; pass < MAX_PASSES && masked !== previous; pass++) {
    previous = masked
    masked = maskOnce(masked)
  }
  return masked
}

/** Whether any personal data pattern matches the text. */
export function hasPersonalData(text: string): boolean {
  return PATTERNS.some(([pattern]) => {
    pattern.lastIndex = 0
    const found = pattern.test(text)
    pattern.lastIndex = 0
    return found
  })
}

/** What an email, phone or amount field shows instead of its value; nothing for an empty one. */
export function maskField<T>(value: T, kind: HiddenKind): T | string {
  return value === null || value === undefined || value === '' ? value : HIDDEN[kind]
}

const PERSONAL_FIELD: readonly (readonly [RegExp, HiddenKind])[] = [
  [/e-?mail/i, 'email'],
  [/phone|mobile|\bcell|\btel\b|whats ?app|sms/i, 'phone'],
  [/address|street|\bzip|postal|post ?code|\bcity\b|billing/i, 'address'],
  [/budget|price|revenue|salary|income|amount|cents|deal.?value|spend|cost|\bfee/i, 'amount'],
]

/** What a form question asks for, by its label or field id: an email, a phone number, an address, an amount, or nothing personal. */
export function personalFieldKind(...names: readonly (string | null | undefined)[]): HiddenKind | null {
  const name = names.filter(Boolean).join(' ')
  return PERSONAL_FIELD.find(([pattern]) => pattern.test(name))?.[1] ?? null
}

/**
 * Any JSON answer with its personal parts hidden: the whole answer when its question or key asks for personal data,
 * otherwise each text by pattern.
 */
export function maskAnswer(value: unknown, kind: HiddenKind | null = null): unknown {
  if (value === null || value === undefined) return value
  if (kind) return typeof value === 'boolean' ? value : HIDDEN[kind]
  if (typeof value === 'string') return maskPersonalText(value)
  if (Array.isArray(value)) return value.map((entry) => maskAnswer(entry))
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, maskAnswer(entry, personalFieldKind(key))]))
  }
  return value
}
