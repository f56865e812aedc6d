import type { Root } from 'hast'

export type MarkdownRequest = { id: number; source: string }
export type MarkdownResponse = { id: number; tree: Root }
