import { Button } from '@/components/ui/button'
import { useMediaActions, useMediaSelector } from './media-context'

/** Shows the transcript as captions over a video recording; pressed exactly while the browser draws them. */
export function CaptionsToggle() {
  const media = useMediaActions()
  const showing = useMediaSelector((snapshot) => snapshot.captionsShowing)
  return (
    <Button variant="ghost" aria-pressed={showing} className="px-2 text-xs" onClick={() => media.showCaptions(!showing)}>
      Captions
    </Button>
  )
}
