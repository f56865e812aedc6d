// RFC 5545 §3.1 limits content lines to 75 octets, not characters, and forbids
// splitting a multi-octet character. The `ics` package folds at 75 characters,
// so a line of emoji or accented text can be several times too long for strict
// importers. This re-folds a finished calendar by UTF-8 octets.
const LINE_BREAK = '\r\n'
const MAX_OCTETS = 75

export function foldIcalLines(ics: string) {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  return unfolded.split(LINE_BREAK).map(foldLine).join(LINE_BREAK)
}

function foldLine(line: string) {
  const parts: string[] = []
  let current = ''
  let octets = 0
  // Continuation lines start with a space, which counts towards their 75 octets.
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = utf8Length(char)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${LINE_BREAK} `)
}

function utf8Length(char: string) {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}
