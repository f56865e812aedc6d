const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string) {
  return UUID.test(value)
}

/** Finds a call id in a pasted id or call link (`…/calls/<id>?t=…`). */
export function extractCallId(input: string) {
  const trimmed = input.trim()
  if (isUuid(trimmed)) return trimmed.toLowerCase()
  const match = /\/calls\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(trimmed)
  return match?.[1] && isUuid(match[1]) ? match[1].toLowerCase() : null
}
