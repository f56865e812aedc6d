import { createMarkdownParser } from './parse-markdown'
import type { SummaryNode } from './summary-element'

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

function strongText(summary: SummaryNode) {
  return JSON.stringify(summary).includes('"type":"strong"')
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe(createMarkdownParser.name, () => {
  it('parses in this thread where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined)
    const parse = createMarkdownParser()
    expect(strongText(await parse(SOURCE, false))).toBe(true)
  })

  it('asks one worker for every summary and takes its answer', async () => {
    const answered: SummaryNode = { type: 'p', props: { children: 'from the worker' } }
    const asked: unknown[] = []
    const created = stubWorker((worker, data) => {
      asked.push(data)
      worker.onmessage?.({ data: { id: data.id, summary: answered } })
    })
    const parse = createMarkdownParser()
    expect(await Promise.all([parse(SOURCE, false), parse('Another', true)])).toEqual([answered, answered])
    expect(asked).toEqual([
      { id: 0, source: SOURCE, masked: false },
      { id: 1, source: 'Another', masked: true },
    ])
    expect(created).toHaveLength(1)
  })

  it('parses in this thread when the worker stops, every request still answered', async () => {
    stubWorker((worker) => worker.onerror?.())
    const parse = createMarkdownParser()
    const [first, second] = await Promise.all([parse(SOURCE, false), parse('Plain', false)])
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
    expect(strongText(await parse(SOURCE, false))).toBe(true)
  })
})
