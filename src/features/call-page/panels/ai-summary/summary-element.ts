/**
 * The summary as elements ready for React, built where the Markdown is parsed (a worker) and posted from there, so
 * plain data only: no components, no functions. The page turns it into React elements (`summary-content`).
 */
export type SummaryElement = { type: string; props: SummaryProps; key?: string }
export type SummaryNode = string | number | boolean | null | undefined | SummaryElement | SummaryNode[]
export type SummaryProps = { [name: string]: unknown; children?: SummaryNode }

// Neither can be an HTML tag's name, so no element of the summary's own is taken for one.
export const FRAGMENT = '#fragment'
/** Where a paragraph's or a bullet's sentences are heard in the call; its props hold the `claims`. */
export const EVIDENCE = '#evidence'
