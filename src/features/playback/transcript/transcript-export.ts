import type { Call } from '@/entities/call/call-schema'
import { formatTimestamp } from '@/lib/format/format'
import { toSrt, toWebVtt } from '@/lib/files/subtitle-formats'
import type { TranscriptModel } from './transcript-model'

export type ExportFormat = 'txt' | 'srt' | 'vtt' | 'json'

export const EXPORT_FORMATS: { format: ExportFormat; label: string; mimeType: string; needsTimes: boolean }[] = [
  { format: 'txt', label: 'Plain text', mimeType: 'text/plain', needsTimes: false },
  { format: 'srt', label: 'SubRip subtitles (.srt)', mimeType: 'application/x-subrip', needsTimes: true },
  { format: 'vtt', label: 'WebVTT captions (.vtt)', mimeType: 'text/vtt', needsTimes: true },
  { format: 'json', label: 'JSON', mimeType: 'application/json', needsTimes: false },
]

/** `call-2026-11-17-30283b2e-transcript.srt`: the call's date and id, so files from different calls never clash. */
export function exportFileName(call: Pick<Call, 'id' | 'scheduledAt'>, format: ExportFormat) {
  const date = call.scheduledAt?.date?.toISOString().slice(0, 10)
  return ['call', date, call.id.slice(0, 8), 'transcript'].filter(Boolean).join('-') + `.${format}`
}

export function exportTranscript(model: TranscriptModel, call: Pick<Call, 'id' | 'scheduledAt'>, format: ExportFormat) {
  switch (format) {
    case 'srt':
      return toSrt(model.segments)
    case 'vtt':
      return toWebVtt(model.segments)
    case 'json':
      return `${JSON.stringify({ callId: call.id, scheduledAt: call.scheduledAt?.raw ?? null, segments: model.segments.map(toJsonSegment) }, null, 2)}\n`
    case 'txt':
      return toPlainText(model)
  }
}

function toPlainText(model: TranscriptModel) {
  return model.segments
    .map((segment, index) => {
      const time = segment.timed ? `[${formatTimestamp(segment.start, model.durationSeconds)}] ` : ''
      return `${time}${model.speakerOf[index]!.label}\n${segment.text.trim()}\n`
    })
    .join('\n')
}

function toJsonSegment({ start, end, speaker, text, timed }: TranscriptModel['segments'][number]) {
  return timed ? { start_seconds: start, end_seconds: end, speaker, text } : { speaker, text }
}
