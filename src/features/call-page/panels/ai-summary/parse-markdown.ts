import type { Root } from 'hast'
import { nextTask } from '@/lib/scheduling/next-task'
import type { MarkdownRequest, MarkdownResponse } from './markdown-messages'

type Parse = (source: string) => Promise<Root>

let shared: Parse | null = null

/** The Markdown as an HTML syntax tree, parsed in a worker where the platform has one, in this thread otherwise. */
export function parseMarkdown(source: string): Promise<Root> {
  shared ??= createMarkdownParser()
  return shared(source)
}

const inThreadParser: Parse = async (source) => (await import('./markdown-tree')).markdownTree(source)

/** A parser with a worker of its own, started on first use; the page shares one (`parseMarkdown`). */
export function createMarkdownParser(): Parse {
  if (typeof Worker !== 'function') return inThreadParser
  const pending = new Map<number, { source: string; resolve: (tree: Root) => void; reject: (reason: unknown) => void }>()
  let nextId = 0
  let worker: Promise<Worker> | null = null
  let failed = false

  // A worker the page cannot start, or one that stops, leaves the parsing to this thread.
  const fallBack = () => {
    failed = true
    for (const { source, resolve, reject } of pending.values()) inThreadParser(source).then(resolve, reject)
    pending.clear()
  }
  const startWorker = async () => {
    // Starting a worker takes milliseconds: a task apart from the render that asked for it.
    await nextTask()
    const started = new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module', name: 'markdown' })
    started.onmessage = (event: MessageEvent<MarkdownResponse>) => {
      pending.get(event.data.id)?.resolve(event.data.tree)
      pending.delete(event.data.id)
    }
    started.onerror = fallBack
    return started
  }

  return (source) => {
    if (failed) return inThreadParser(source)
    return new Promise<Root>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { source, resolve, reject })
      worker ??= startWorker()
      worker.then((running) => running.postMessage({ id, source } satisfies MarkdownRequest), fallBack)
    })
  }
}
