import type { TranscriptModel } from '@/features/playback/transcript/transcript-model'
import type { QuoteSegment } from './quote-format'
import type { RowSpan } from './range-rows'
import type { TimeRange } from './time-range'

/** The rows the transcript list shows (under its speaker filter), in order, with their start times. */
export type VisibleRows = { indices: number[]; starts: Float64Array }

/** A row's end time: the end of the segment it shows. */
export function rowEnd(model: TranscriptModel, visible: VisibleRows, row: number) {
  return model.segments[visible.indices[row]!]!.end
}

/** The stretch a run of rows covers: from the first one's start to the latest end among them. */
export function rowsRange(model: TranscriptModel, visible: VisibleRows, { first, last }: RowSpan): TimeRange {
  let end = 0
  for (let row = first; row <= last; row += 1) end = Math.max(end, rowEnd(model, visible, row))
  return { start: visible.starts[first]!, end }
}

/** The segments a run of rows shows, each with its speaker's name, as a quote takes them. */
export function quoteSegments(model: TranscriptModel, visible: VisibleRows, { first, last }: RowSpan): QuoteSegment[] {
  return visible.indices.slice(first, last + 1).map((index) => {
    const { start, end, text } = model.segments[index]!
    return { speaker: model.speakerOf[index]!.label, start, end, text }
  })
}
