import { useEffect, useRef } from 'react'
import { CallLink } from '@/entities/call/call-link'
import type { Call } from '@/entities/call/call-schema'
import { cn } from '@/lib/styles/cn'
import { JourneyCall } from './journey-call'
import { JOURNEY_CALL_BOX } from './journey-strip'

type JourneyListProps = { journey: readonly Call[]; currentId: string; truncated: boolean }

/** The lead's calls side by side, oldest first, scrolling sideways when they don't fit; this call is marked, the others link to theirs. */
export function JourneyList({ journey, currentId, truncated }: JourneyListProps) {
  const currentRef = useRef<HTMLLIElement>(null)
  // A long history opens scrolled to this call rather than to the lead's first one: centred when it fits, else from its start.
  // Measured at the start of the next frame, whose layout of the page it then does early, so the strip paints centred.
  // Not in the effect itself: React can run it inside the commit's task (it does when the strip is revealed), where
  // measuring laid out the whole new page in that task.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const item = currentRef.current
      const list = item?.parentElement
      if (item && list) list.scrollLeft = item.offsetLeft - list.offsetLeft - Math.max(0, (list.clientWidth - item.offsetWidth) / 2)
    })
    return () => cancelAnimationFrame(frame)
  }, [])

  return (
    // Padding inside the scrolling box keeps the focus outline of the first and last links visible. The browser
    // leaves a link that is partly in view where it is when it takes focus; bring it wholly into view.
    <ol
      className="-m-1 flex basis-full gap-2 overflow-x-auto p-1"
      onFocus={(event) => event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
    >
      {journey.map((call) =>
        call.id === currentId ? (
          <li key={call.id} ref={currentRef} aria-current="page" className={cn(JOURNEY_CALL_BOX, 'border-primary bg-accent')}>
            <JourneyCall call={call} isCurrent />
          </li>
        ) : (
          <li key={call.id} className="flex shrink-0">
            <CallLink id={call.id} className={cn(JOURNEY_CALL_BOX, 'border-border hover:bg-muted focus-visible:bg-muted')}>
              <JourneyCall call={call} />
            </CallLink>
          </li>
        ),
      )}
      {truncated && <li className="shrink-0 self-center px-2 text-sm text-muted-foreground">and more</li>}
    </ol>
  )
}
