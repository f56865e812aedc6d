const SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' })

/** "1st", "2nd", "23rd", "111th": the page's sentences are English, so the suffixes are too. */
export function ordinal(position: number) {
  return `${position}${SUFFIXES[ordinalRules.select(position)] ?? 'th'}`
}
