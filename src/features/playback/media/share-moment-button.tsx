import { ShareButton } from '@/components/ui/share-button'
import { formatTimestamp } from '@/lib/format/format'
import { callLink } from '@/lib/url/share-link'
import { useMediaActions, useMediaSelector } from './media-context'

/** "Copy link at 12:34": the call's link at the current playback position. */
export function ShareMomentButton({ callId }: { callId: string }) {
  const media = useMediaActions()
  const second = useMediaSelector((snapshot) => Math.floor(snapshot.currentTime))
  const time = formatTimestamp(second)
  return (
    <ShareButton
      variant="ghost"
      className="text-xs"
      getUrl={() => callLink(callId, media.currentTime())}
      title={`Call at ${time}`}
    >
      {`Copy link at ${time}`}
    </ShareButton>
  )
}
