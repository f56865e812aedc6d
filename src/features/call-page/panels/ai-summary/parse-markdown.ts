import { nextTask } from '@/lib/scheduling/next-task'
import type { MarkdownRequest, MarkdownResponse } from './markdown-messages'
import type { SummaryNode } from './summary-element'

type Parse = (source: string, masked: boolean) => Promise<SummaryNode>

let shared: Parse | null = null

/**
 * The summary's Markdown as plain elements (masked: with personal data hidden), parsed in a worker where the
 * platform has one, in this thread otherwise.
 */
export function parseMarkdown(source: string, masked: boolean): Promise<SummaryNode> {
  shared ??= createMarkdownParser()
  return shared(source, masked)
}

const inThreadParser: Parse = async (source, masked) => (await import('./summary-elements')).summaryElements(source, masked)

/** A parser with a worker of its own, started on first use; the page shares one (`parseMarkdown`). */
export function createMarkdownParser(): Parse {
  if (typeof Worker !== 'function') return inThreadParser
  const pending = new Map<number, { source: string; masked: boolean; resolve: (summary: SummaryNode) => void; reject: (reason: unknown) => void }>()
  let nextId = 0
  let worker: Promise<Worker> | null = null
  let failed = false

  // A worker the page cannot start, or one that stops, leaves the parsing to this thread.
  const fallBack = () => {
    failed = true
    for (const { source, masked, resolve, reject } of pending.values()) inThreadParser(source, masked).then(resolve, reject)
    pending.clear()
  }
  const startWorker = async () => {
    // Starting a worker takes milliseconds: a task apart from the render that asked for it.
    await nextTask()
    const started = new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module', name: 'markdown' })
    started.onmessage = (event: MessageEvent<MarkdownResponse>) => {
      pending.get(event.data.id)?.resolve(event.data.summary)
      pending.delete(event.data.id)
    }
    started.onerror = fallBack
    return started
  }

  return (source, masked) => {
    if (failed) return inThreadParser(source, masked)
    return new Promise<SummaryNode>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { source, masked, resolve, reject })
      worker ??= startWorker()
      worker.then((running) => running.postMessage({ id, source, masked } satisfies MarkdownRequest), fallBack)
    })
  }
}
