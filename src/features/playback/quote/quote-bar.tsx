import { useId, type Ref } from 'react'
import { Button } from '@/components/ui/button'
import { StatusMessage } from '@/components/ui/status-message'
import { usePassingStatus } from '@/components/ui/use-passing-status'
import { PRIVATE_NOTE, usePrivateMode } from '@/lib/privacy/private-mode'
import type { CopyOutcome } from './copy-quote'

type QuoteBarProps = {
  ref?: Ref<HTMLElement>
  /** What is quoted: "Quoted range 12:34–13:32", or the selected rows. */
  heading: string
  /** Plays the stretch and stops at its end; absent without a recording to play. */
  onPlay?: () => void
  /** Copies the quote; absent when no row is quoted. */
  onCopy?: () => Promise<CopyOutcome>
  onClear: () => void
  clearLabel: string
}

const MESSAGES: Record<CopyOutcome, string> = { copied: 'Quote copied', failed: 'Couldn’t copy — select the text instead' }

/** Under the transcript: what is quoted, with "Play range", "Copy quote" and a way to clear it. */
export function QuoteBar({ ref, heading, onPlay, onCopy, onClear, clearLabel }: QuoteBarProps) {
  const headingId = useId()
  const [outcome, setOutcome] = usePassingStatus<CopyOutcome>()
  const privateMode = usePrivateMode()
  return (
    <section ref={ref} aria-labelledby={headingId} className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-info/40 bg-info-soft px-3 py-2 text-sm">
      <h3 id={headingId} className="mr-auto font-medium">
        {heading}
      </h3>
      {onPlay && <Button onClick={onPlay}>Play range</Button>}
      <Button
        onClick={() => void onCopy?.().then(setOutcome)}
        disabled={!onCopy}
        aria-label={privateMode ? `Copy quote (${PRIVATE_NOTE})` : undefined}
      >
        Copy quote
      </Button>
      <StatusMessage>{outcome ? MESSAGES[outcome] : ''}</StatusMessage>
      <Button variant="ghost" onClick={onClear}>
        {clearLabel}
      </Button>
    </section>
  )
}
