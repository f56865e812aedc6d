import { createContext, type ComponentType } from 'react'
import type { QuoteToolsProps } from '@/features/playback/quote/quote-tools'
import type { TranscriptExportMenuProps } from './transcript-export-menu'

/** Rows the quoting tools mark (list positions, both ends included), and the word that marks them. */
export type MarkedRows = { first: number; last: number; mark: string }

type TranscriptTools = {
  ExportMenu: ComponentType<TranscriptExportMenuProps>
  QuoteTools: ComponentType<QuoteToolsProps>
}

/**
 * The transcript's tools that may arrive a moment after its rows: "Download" and quoting (a shared range, selected
 * rows, "Copy quote"). The call page hands them over from its deferred chunk, out of the first script; a chunk of
 * their own would pull React into a shared chunk the page must load first. Without them the transcript still reads,
 * searches and plays.
 */
export const TranscriptToolsSlot = createContext<TranscriptTools | null>(null)
