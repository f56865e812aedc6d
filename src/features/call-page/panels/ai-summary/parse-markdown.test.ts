import type { Root } from 'hast'
import { createMarkdownParser } from './parse-markdown'

const SOURCE = 'A **bold** claim.'

/** A stand-in for the browser's Worker: `answer` decides what it does with each message. */
function stubWorker(answer: (worker: { onmessage: ((event: { data: unknown }) => void) | null; onerror: (() => void) | null }, data: { id: number; source: string }) => void) {
  const created: unknown[] = []
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: { data: unknown }) => void) | null = null
      onerror: (() => void) | null = null
      constructor(url: URL) {
        created.push(url)
      }
      postMessage(data: { id: number; source: string }) {
        setTimeout(() => answer(this, data))
      }
    },
  )
  return created
}

function strongText(tree: Root) {
  return JSON.stringify(tree).includes('"tagName":"strong"')
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe(createMarkdownParser.name, () => {
  it('parses in this thread where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined)
    const parse = createMarkdownParser()
    expect(strongText(await parse(SOURCE))).toBe(true)
  })

  it('asks one worker for every summary and takes its answer', async () => {
    const answered: Root = { type: 'root', children: [{ type: 'text', value: 'from the worker' }] }
    const created = stubWorker((worker, { id }) => worker.onmessage?.({ data: { id, tree: answered } }))
    const parse = createMarkdownParser()
    expect(await Promise.all([parse(SOURCE), parse('Another')])).toEqual([answered, answered])
    expect(created).toHaveLength(1)
  })

  it('parses in this thread when the worker stops, every request still answered', async () => {
    stubWorker((worker) => worker.onerror?.())
    const parse = createMarkdownParser()
    const [first, second] = await Promise.all([parse(SOURCE), parse('Plain')])
    expect(strongText(first)).toBe(true)
    expect(JSON.stringify(second)).toContain('Plain')
  })

  it('parses in this thread when the page may not start a worker', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by the content security policy', 'SecurityError')
        }
      },
    )
    const parse = createMarkdownParser()
    expect(strongText(await parse(SOURCE))).toBe(true)
  })
})
