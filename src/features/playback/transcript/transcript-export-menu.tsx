import { MenuButton } from '@/components/ui/menu-button'
import type { Call } from '@/entities/call/call-schema'
import { downloadText } from '@/lib/files/download'
import { PRIVATE_NOTE, usePrivateMode } from '@/lib/privacy/private-mode'
import { EXPORT_FORMATS, exportFileName, exportTranscript } from './transcript-export'
import type { TranscriptModel } from './transcript-model'

export type TranscriptExportMenuProps = { model: TranscriptModel; call: Pick<Call, 'id' | 'scheduledAt'> }

/** "Download" with one item per format; subtitle formats need a timed transcript. */
export function TranscriptExportMenu({ model, call }: TranscriptExportMenuProps) {
  const privateMode = usePrivateMode()
  const items = EXPORT_FORMATS.map(({ format, label, mimeType, needsTimes }) => ({
    key: format,
    label,
    disabled: needsTimes && !model.hasTimes,
    onSelect: () => downloadText(exportFileName(call, format), exportTranscript(model, call, format), `${mimeType};charset=utf-8`),
  }))
  return <MenuButton label="Download" note={privateMode ? PRIVATE_NOTE : undefined} items={items} />
}
