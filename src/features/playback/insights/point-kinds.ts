import type { PointKind } from './points-of-interest'

/** Each kind's name, as a filter (plural) and as a tag on one point. */
export const POINT_KINDS: readonly { kind: PointKind; filter: string; tag: string }[] = [
  { kind: 'question', filter: 'Questions', tag: 'Question' },
  { kind: 'money', filter: 'Money', tag: 'Money' },
  { kind: 'number', filter: 'Numbers', tag: 'Number' },
  { kind: 'date', filter: 'Dates', tag: 'Date' },
  { kind: 'next step', filter: 'Next steps', tag: 'Next step' },
]

export const POINT_TAG = Object.fromEntries(POINT_KINDS.map(({ kind, tag }) => [kind, tag])) as Record<PointKind, string>

/** The kinds shown after `kind` is switched on or off; null (every kind) when none would be left. */
export function toggleKind(kinds: ReadonlySet<PointKind> | null, kind: PointKind): ReadonlySet<PointKind> | null {
  const next = new Set(kinds ?? [])
  if (next.has(kind)) next.delete(kind)
  else next.add(kind)
  return next.size === 0 ? null : next
}
