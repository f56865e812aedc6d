const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, k: 1_000, grand: 1_000, million: 1_000_000, m: 1_000_000 }

/**
 * The value of the first number in a phrase as said or written: "14 trucks" 14, "$4,800" 4800, "4.5k" 4500,
 * "a hundred and eighty stops" 180, "fifty-eight hundred dollars" 5800; null when it holds none.
 */
export function spokenNumber(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?|[a-z]+/g) ?? []
  let total = 0
  let group = 0
  let seen = false
  for (const word of words) {
    const digits = /^\d/.test(word) ? Number(word) : null
    if (digits !== null) {
      if (seen) break
      group = digits
    } else if (word in SMALL && !(seen && (word === 'a' || word === 'an'))) {
      if (seen && group % 10 !== 0 && SMALL[word]! < 10 && group < 100) break
      group += SMALL[word]!
    } else if (word in SCALES && seen) {
      const scale = SCALES[word]!
      if (scale === 100) group *= 100
      else {
        total += group * scale
        group = 0
      }
    } else if (word === 'and' && seen) continue
    else if (seen) break
    else continue
    seen = true
  }
  return seen ? total + group : null
}
