import type { Call } from '@/entities/call/call-schema'
import { downloadText } from '@/lib/files/download'
import { EXPORT_FORMATS, exportFileName, exportTranscript } from './transcript-export'
import type { TranscriptModel } from './transcript-model'

/** "Download" with one button per format; subtitle formats need a timed transcript. */
export function TranscriptExportMenu({ model, call }: { model: TranscriptModel; call: Pick<Call, 'id' | 'scheduledAt'> }) {
  return (
    <details className="relative print:hidden">
      <summary className="cursor-pointer rounded-md px-2 py-0.5 text-xs font-medium hover:bg-muted">Download</summary>
      <ul className="absolute right-0 z-10 mt-1 w-56 rounded-lg border border-border bg-card p-1 shadow-lg">
        {EXPORT_FORMATS.map(({ format, label, mimeType, needsTimes }) => (
          <li key={format}>
            <button
              type="button"
              disabled={needsTimes && !model.hasTimes}
              className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-muted disabled:opacity-50"
              onClick={() => downloadText(exportFileName(call, format), exportTranscript(model, call, format), `${mimeType};charset=utf-8`)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
