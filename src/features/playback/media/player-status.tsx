import { formatTimestamp } from '@/lib/format/format'
import { useMediaSelector } from './media-context'

const ERROR_TEXT: Record<number, string> = {
  1: 'Loading the recording was stopped.',
  2: 'The recording couldn’t be loaded: the network failed or the link has expired.',
  3: 'The recording is damaged or in a format this browser can’t decode.',
  4: 'The recording can’t be played: the link has expired, is unreachable, or the format isn’t supported by this browser.',
}

/** Says what the player is doing when it isn't simply playing: failed, buffering, or about to start at a shared time. */
export function PlayerStatus({ startAt }: { startAt: number | null }) {
  const errorCode = useMediaSelector((snapshot) => snapshot.errorCode)
  const buffering = useMediaSelector((snapshot) => snapshot.buffering)
  const waitingAtStart = useMediaSelector(
    (snapshot) => startAt !== null && snapshot.paused && Math.abs(snapshot.currentTime - startAt) < 1.5,
  )
  const notYetLoaded = useMediaSelector((snapshot) => !snapshot.hasMetadata)

  if (errorCode) {
    return (
      <p role="alert" className="rounded-md border border-danger/40 bg-danger-soft p-2 text-sm text-danger">
        {ERROR_TEXT[errorCode] ?? ERROR_TEXT[4]} The transcript still works.
      </p>
    )
  }
  return (
    <p role="status" className="min-h-5 text-xs text-muted-foreground">
      {buffering
        ? 'Buffering…'
        : startAt !== null && (waitingAtStart || notYetLoaded)
          ? `Starts at ${formatTimestamp(startAt)}`
          : ''}
    </p>
  )
}
