import { Button } from '@/components/ui/button'
import { useMediaActions, useMediaSelector } from './media-context'

/** Shows the transcript as captions over a video recording; pressed exactly while the browser draws them. */
export function CaptionsToggle() {
  const media = useMediaActions()
  const showing = useMediaSelector((snapshot) => snapshot.captionsShowing)
  return (
    <Button variant="ghost" aria-pressed={showing} size="sm" onClick={() => media.showCaptions(!showing)}>
      Captions
    </Button>
  )
}
