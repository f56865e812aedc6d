import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { useMediaActions } from './media-context'

/** Shows the transcript as captions over a video recording. */
export function CaptionsToggle() {
  const media = useMediaActions()
  const [on, setOn] = useState(false)
  return (
    <Button
      variant="ghost"
      aria-pressed={on}
      className="px-2 text-xs"
      onClick={() => {
        media.showCaptions(!on)
        setOn(!on)
      }}
    >
      Captions
    </Button>
  )
}
