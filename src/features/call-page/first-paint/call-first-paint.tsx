import { CountBadge } from '@/components/ui/count-badge'
import { Panel } from '@/components/ui/panel'
import { Skeleton } from '@/components/ui/skeleton'
import type { Call, Transcript } from '@/entities/call/call-schema'
import { StatusBadge } from '@/entities/call/status-badge'
import { TopBar } from '@/features/session/top-bar'
import { JourneyPreview, LeadJourneyPlaceholder } from '@/features/lead-journey/journey-strip'
import type { JourneyPreviewWords } from '@/features/lead-journey/journey-summary'
import { resolveSpeakers } from '@/features/playback/transcript/speaker-colors'
import { LinkButtonRoom } from '@/features/playback/transcript/transcript-row'
import { formatTimestamp } from '@/lib/format/format'
import { callTitle } from '../call-title'

/** More than the app's list puts in the transcript's box at its tallest, its overscan included; the rest are clipped. */
export const FIRST_PAINT_ROWS = 15

// Classes rather than the page's inline colours: the server's markup may not carry inline styles.
const SPEAKER_TEXT = [
  'text-(color:--speaker-1)',
  'text-(color:--speaker-2)',
  'text-(color:--speaker-3)',
  'text-(color:--speaker-4)',
  'text-(color:--speaker-5)',
  'text-(color:--speaker-6)',
]

/**
 * The call page's top as the server draws it into the page it sends: the title, status and the first
 * transcript rows show before the app's script has loaded. Placeholders stand where the app's parts will
 * be, each as tall as that part, so nothing moves when the app takes over. Static on purpose: no
 * controls, and its only dates are the lead strip's days, written in the viewer's language (`daysLocale`), which
 * a script in the page corrects to the viewer's time zone. The app replaces all of it.
 */
type CallFirstPaintProps = {
  call: Call
  leadName: string | null
  /** The sentence on the lead's calls, when they arrived with the call. */
  journey: JourneyPreviewWords | null
  /** The language the viewer's browser asks for first, when the server can write days in it. */
  daysLocale: string
  isDemo: boolean
}

export function CallFirstPaint({ call, leadName, journey, daysLocale, isDemo }: CallFirstPaintProps) {
  return (
    <div className="min-h-dvh bg-background text-foreground">
      <TopBar linksHome={false} isDemo={isDemo} />
      <main className="mx-auto max-w-7xl px-4 py-6">
        <article className="flex flex-col gap-6">
          <header className="flex flex-col gap-2">
            <h1 className="line-clamp-3 text-2xl font-semibold wrap-anywhere">{callTitle(call, leadName)}</h1>
            <div className="flex min-h-[2.125rem] flex-wrap items-center gap-x-3 gap-y-2 max-sm:min-h-[5.75rem]">
              <StatusBadge status={call.status} />
              <Skeleton className="h-4 w-56" />
            </div>
          </header>
          {call.leadId && (journey ? <JourneyPreview preview={journey} daysLocale={daysLocale} /> : <LeadJourneyPlaceholder />)}
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="flex min-w-0 flex-col gap-4">
              <Panel heading="Recording">
                <Skeleton className="h-49 max-sm:h-67" />
              </Panel>
              <FirstTranscriptRows transcript={call.transcript} />
            </div>
          </div>
        </article>
      </main>
    </div>
  )
}

function FirstTranscriptRows({ transcript }: { transcript: Transcript | null }) {
  const segments = transcript?.segments ?? []
  if (segments.length === 0) return null
  const shown = segments.slice(0, FIRST_PAINT_ROWS)
  const { ofSegment } = resolveSpeakers(shown.map((segment) => segment.speaker))
  const guideSeconds = transcript?.lengthSeconds ?? 0
  return (
    <Panel
      heading="Transcript"
      aside={
        <span className="flex min-h-6 items-center">
          <CountBadge value={segments.length} label={segments.length === 1 ? 'segment' : 'segments'} />
        </span>
      }
    >
      <Skeleton className="mb-3 h-[2.125rem] max-sm:h-[4.625rem]" />
      <ol aria-label="Transcript segments" className="max-h-[min(36rem,70vh)] overflow-hidden">
        {shown.map((segment, index) => {
          const speaker = ofSegment[index]!
          return (
            <li key={index} className="flex gap-3 border-l-4 border-transparent px-2 py-2 text-sm">
              {segment.timed && (
                <span className="h-fit shrink-0 px-1 font-mono text-xs text-muted-foreground tabular-nums">
                  {formatTimestamp(segment.start, guideSeconds)}
                </span>
              )}
              <div className="min-w-0 flex-1">
                <p className={`text-xs font-semibold ${SPEAKER_TEXT[speaker.slot]}`}>{speaker.label}</p>
                <p className="wrap-anywhere">{segment.text}</p>
              </div>
              {segment.timed && <LinkButtonRoom />}
            </li>
          )
        })}
      </ol>
    </Panel>
  )
}

