import { Badge, type BadgeTone } from './badge'

export type EnumStyle = { label: string; tone: BadgeTone }
export type EnumStyles = Readonly<Record<string, EnumStyle>>

/** "In-Progress", "in progress" and "IN_PROGRESS" all find the `in_progress` entry. */
export function enumKey(value: string) {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_')
}

type EnumBadgeProps = {
  value: string | null
  styles: EnumStyles
  /** Shown, in a neutral badge, when there is no value at all. */
  emptyLabel: string
}

/** Listed values get their own label and colour; any other value is shown verbatim in a neutral badge. */
export function EnumBadge({ value, styles, emptyLabel }: EnumBadgeProps) {
  if (value === null || value.trim() === '') return <Badge>{emptyLabel}</Badge>
  const key = enumKey(value)
  // Own keys only: a status of "constructor" must not find Object.prototype.constructor.
  const known = Object.hasOwn(styles, key) ? styles[key] : undefined
  return <Badge tone={known?.tone ?? 'neutral'}>{known?.label ?? value}</Badge>
}
