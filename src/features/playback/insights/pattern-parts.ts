// The pieces the point patterns are built from: letters, word ends, and numbers written or spoken.

export const rx = (...parts: string[]) => new RegExp(parts.join(''), 'uy')
// Letters, near enough (Latin, Greek, Cyrillic, other alphabets and CJK, not punctuation or
// emoji): \p{L} would be exact, but each use of it costs milliseconds to compile.
export const LETTER = String.raw`a-z\u00c0-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufeff`
export const END = String.raw`(?![${LETTER}\d'’])`
export const NOT_IN_WORD = String.raw`(?<![${LETTER}\w.,:/]|[${LETTER}]-)`

export const UNIT = 'one|two|three|four|five|six|seven|eight|nine'
export const HOUR = `(?:${UNIT}|ten|eleven|twelve)${END}`
export const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
export const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
export const SCALE = 'hundred|thousand|million|billion'
export const SMALL_NUMBER = String.raw`(?:(?:${TENS})(?:[\s-](?:${UNIT})${END})?|${TEENS}|${UNIT})${END}`
export const SCALE_WORD = `(?:${SCALE}|dozen)${END}`
// "forty-eight hundred", "a hundred and eighty", "two thousand five hundred"; "four fifteen" is not one number.
export const SPOKEN = String.raw`(?:an?\s+${SCALE_WORD}|${SMALL_NUMBER})(?:[\s-]+${SCALE_WORD})*(?:(?<=${SCALE})(?:\s+and)?[\s-]+${SMALL_NUMBER}(?:[\s-]+${SCALE_WORD})*)*(?:\s+and\s+a\s+half${END})?`
// "4,800" and "4.5", or "1.200" and "1.200,50" as written in Europe.
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d+)?`
