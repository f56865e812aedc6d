/** Up to two initials from a name ("Diego Ramírez" → "DR"), counting characters rather than UTF-16 units. */
export function initials(name: string | null | undefined) {
  const words = (name ?? '').split(/[\s._-]+/).filter((word) => /\p{L}|\p{N}/u.test(word))
  const first = words[0]
  if (!first) return '?'
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return [first, last]
    .filter((word): word is string => word !== undefined)
    .map((word) => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '')
    .join('')
    .toUpperCase()
}
