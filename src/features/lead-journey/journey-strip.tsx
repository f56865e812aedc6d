import { useId, type ReactNode } from 'react'
import { Skeleton } from '@/components/ui/skeleton'
import { formatDate } from '@/lib/dates/dates'
import { cn } from '@/lib/styles/cn'
import { wordsAsText, type JourneyPreviewWords, type JourneyWords } from './journey-summary'

export const LEAD_JOURNEY_HEADING = 'Calls with this lead'

/**
 * Two lines per call on a phone, one on wider screens; the placeholders shown while loading have the
 * same height, so nothing moves when the calls arrive.
 */
export const JOURNEY_CALL_BOX =
  'flex h-16 shrink-0 flex-col justify-center gap-1 rounded-lg border px-3 text-xs whitespace-nowrap sm:h-9 sm:flex-row sm:items-center sm:justify-start sm:gap-2'

/** A compact named region: the heading with a line beside it, then (when there is one) the row of calls. */
export function JourneyStrip({ children }: { children: ReactNode }) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-2 rounded-xl border border-border bg-card px-4 py-3 text-card-foreground shadow-xs"
    >
      <h2 id={headingId} className="text-sm font-semibold tracking-wide">
        {LEAD_JOURNEY_HEADING}
      </h2>
      {children}
    </section>
  )
}

/** The room the strip takes once loaded: a line of text and a row of calls. */
export function JourneyLoading() {
  return (
    <>
      <Skeleton className="h-5 w-72 max-w-full self-center max-sm:h-10" />
      <JourneyCallsLoading />
    </>
  )
}

function JourneyCallsLoading() {
  return (
    <div aria-busy="true" className="-m-1 flex basis-full gap-2 overflow-hidden p-1">
      {[0, 1, 2].map((index) => (
        <Skeleton key={index} className={cn(JOURNEY_CALL_BOX, 'w-60 border-transparent sm:w-72')} />
      ))}
      <span className="sr-only">Loading the lead’s other calls…</span>
    </div>
  )
}

/**
 * The strip's sentence. Its days are text in the viewer's calendar. The server, which knows the viewer's language
 * (`daysLocale`) but not their time zone, writes them as UTC days in `<time>` elements, which a script in the page
 * rewrites before they paint where the viewer's day differs.
 */
export function JourneyCaption({ words, daysLocale }: { words: JourneyWords; daysLocale?: string }) {
  return (
    <p className="text-sm text-muted-foreground">
      {daysLocale
        ? words.map((word, index) =>
            typeof word === 'string' ? (
              word
            ) : (
              <time key={index} dateTime={word.toISOString()}>
                {formatDate(word, daysLocale, 'UTC')}
              </time>
            ),
          )
        : wordsAsText(words)}
    </p>
  )
}

/** The strip with its sentence while the calls under it are still on their way. */
export function JourneyPreview({ preview, daysLocale }: { preview: JourneyPreviewWords; daysLocale?: string }) {
  return (
    <JourneyStrip>
      <JourneyCaption words={preview.caption} daysLocale={daysLocale} />
      {preview.listsCalls && <JourneyCallsLoading />}
    </JourneyStrip>
  )
}

/**
 * The strip as it shows while the lead's calls load. Small and in the page's first script, so it holds the
 * strip's room from the first render, before the strip's own code has arrived.
 */
export function LeadJourneyPlaceholder() {
  return (
    <JourneyStrip>
      <JourneyLoading />
    </JourneyStrip>
  )
}
