import { formatDuration } from '@/lib/dates/dates'
import { EMPTY } from '@/lib/format/format'
import type { Call } from '@/entities/call/call-schema'
import { resolveDuration, type DurationSource } from '@/entities/call/duration-sources'

const FROM: Record<DurationSource, string> = {
  listed: 'as listed on the call',
  timestamps: 'from the start and end times',
  transcript: 'from the transcript',
}

const NAMED: Record<DurationSource, string> = {
  listed: 'listed duration',
  timestamps: 'start to end',
  transcript: 'transcript',
}

type DurationValueProps = { call: Pick<Call, 'durationMinutes' | 'startedAt' | 'endedAt' | 'transcript'> }

/** The call's length, where it came from, and a plain warning when the sources tell different stories. */
export function DurationValue({ call }: DurationValueProps) {
  const { best, readings, disagree } = resolveDuration(call)
  if (!best) return <span className="text-muted-foreground">{EMPTY}</span>
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        {formatDuration(best.seconds)} <span className="text-xs text-muted-foreground">{FROM[best.source]}</span>
      </span>
      {disagree && (
        <span className="text-xs text-warning">
          {`Sources disagree: ${readings.map((r) => `${NAMED[r.source]} ${formatDuration(r.seconds)}`).join('; ')}`}
        </span>
      )}
    </span>
  )
}
