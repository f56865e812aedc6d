import type { SummaryNode } from './summary-element'

export type MarkdownRequest = { id: number; source: string; masked: boolean }
export type MarkdownResponse = { id: number; summary: SummaryNode }
