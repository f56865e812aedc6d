import type { Speaker } from './speaker-colors'

type SpeakerSelectProps = {
  label: string
  speakers: readonly Speaker[]
  /** The key of the speaker chosen, or null for everyone. */
  value: string | null
  onChange: (speakerKey: string | null) => void
}

/** A choice of one speaker or all of them; nothing when only one person speaks. */
export function SpeakerSelect({ label, speakers, value, onChange }: SpeakerSelectProps) {
  if (speakers.length < 2) return null
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      className="rounded-md border border-border bg-card px-2 py-1.5 text-sm"
    >
      <option value="">All speakers</option>
      {speakers.map(({ key, label: name }) => (
        <option key={key} value={key}>
          {name}
        </option>
      ))}
    </select>
  )
}
