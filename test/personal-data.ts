// Every email, phone number and amount an API answer holds, in the forms a page could show them, found with
// patterns of their own so that a gap in the app's masking is not repeated here.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const PHONE = /\+\d[\d ()-]{7,}\d/g
const MONEY_IN_FIGURES = /[$€£]\s?\d(?:[\d,.]*\d)?|\d(?:[\d,.]*\d)?\s?(?:dollars?|USD|EUR)\b/gi
const NUMBER_WORD = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|forty-eight|fifty-eight|hundred|thousand|million|and)'
const MONEY_IN_WORDS = new RegExp(`\\b(?:${NUMBER_WORD}[ -])+dollars?\\b`, 'gi')
/** Keys whose numbers are money in cents (aura-api.md, "money"). */
const CENTS_KEY = /(?:^|_)(?:deal_value|amount|cents)$|^expected_deal_value$/

/**
 * The ways a page may write an amount of cents: "$4,800", "4,800.00", and the raw count "480,000". Not a bare
 * "4,800", which an SRT timestamp such as "00:14:04,800" holds too.
 */
function centsForms(cents: number) {
  const units = cents / 100
  const forms = [`$${units.toLocaleString('en-US')}`, units.toLocaleString('en-US', { minimumFractionDigits: 2 })]
  if (cents >= 1000) forms.push(cents.toLocaleString('en-US'))
  return forms
}

function inText(text: string) {
  return [EMAIL, PHONE, MONEY_IN_FIGURES, MONEY_IN_WORDS].flatMap((pattern) => text.match(pattern) ?? []).map((found) => found.trim())
}

/** The personal data in any JSON, each once. */
export function collectPersonalData(json: unknown): string[] {
  const found = new Set<string>()
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') inText(value).forEach((item) => found.add(item))
    else if (typeof value === 'number' && value > 0 && CENTS_KEY.test(key)) centsForms(value).forEach((item) => found.add(item))
    else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key))
    else if (value && typeof value === 'object') Object.entries(value).forEach(([childKey, child]) => walk(child, childKey))
  }
  walk(json, '')
  return [...found]
}

/** What of `personal` the text still holds, ignoring case (a summary may capitalise "Forty-eight hundred dollars"). */
export function leakedIn(text: string, personal: readonly string[]) {
  const lower = text.toLowerCase()
  return personal.filter((item) => lower.includes(item.toLowerCase()))
}
