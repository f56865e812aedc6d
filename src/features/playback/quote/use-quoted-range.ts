import type { Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useEffectEvent, useMemo, type RefObject } from 'react'
import { useSearchParams } from 'react-router'
import { useMediaActions, useMediaDuration } from '@/features/playback/media/media-context'
import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import { rowEnd, type VisibleRows } from './quoted-rows'
import { rowsInRange } from './range-rows'
import { parseTimeRange } from './time-range'

/**
 * The range a shared link opens on (`?t=754-812`), the rows heard in it, and a way to let it go. The call ends
 * where the recording does once its length is known, and where the transcript does until then or without a
 * recording. On opening, the player waits paused at the range's start, the list shows its first row, and the page
 * scrolls to `bar` (what says and plays the range, right under the list).
 */
export function useQuotedRange(
  model: TranscriptModel,
  visible: VisibleRows,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  bar: RefObject<HTMLElement | null>,
) {
  const media = useMediaActions()
  const [searchParams, setSearchParams] = useSearchParams()
  const transcriptEnd = Math.max(model.durationSeconds, model.segments.at(-1)?.end ?? 0)
  const callEnd = useMediaDuration(transcriptEnd)
  const value = searchParams.get('t')
  const range = useMemo(() => parseTimeRange(value, callEnd), [value, callEnd])
  const rows = useMemo(() => range && rowsInRange(visible.starts, (row) => rowEnd(model, visible, row), range), [range, visible, model])

  const reveal = useEffectEvent((start: number) => {
    media.seek(start)
    bar.current?.scrollIntoView({ block: 'nearest' })
    // A frame later, once the list has followed the player there (which only brings that row to an edge), the
    // range is shown from its top.
    requestAnimationFrame(() => {
      if (rows) virtualizer.scrollToIndex(rows.first, { align: 'start' })
    })
  })
  const start = range?.start
  useEffect(() => {
    if (start !== undefined) reveal(start)
  }, [start])

  const clear = () =>
    setSearchParams(
      (params) => {
        params.delete('t')
        return params
      },
      { replace: true },
    )
  return { range, rows, clear }
}
