import { formattersBuiltBy } from '../../../test/formatter-builds'

type WorkerStandIn = { onmessage: (() => void) | null; onerror: (() => void) | null; terminated: boolean }

/** A stand-in for the browser's Worker that does what `start` says once it is created. */
function stubWorker(start: (worker: WorkerStandIn) => void) {
  const created: { url: URL; options: WorkerOptions; worker: WorkerStandIn }[] = []
  vi.stubGlobal(
    'Worker',
    class implements WorkerStandIn {
      onmessage: (() => void) | null = null
      onerror: (() => void) | null = null
      terminated = false
      constructor(url: URL, options: WorkerOptions) {
        created.push({ url, options, worker: this })
        setTimeout(() => start(this))
      }
      terminate() {
        this.terminated = true
      }
    },
  )
  return created
}

/** A fresh copy of the module and of the formatters it builds, as a page that has just loaded has them. */
async function freshModules() {
  vi.resetModules()
  return { ...(await import('./load-date-data')), ...(await import('./dates')) }
}

/** Whether formatting the call's date builds a formatter, which is what loading the data spares the first render. */
function formattingBuildsAFormatter(formatDateTime: (date: Date) => string) {
  return formattersBuiltBy('DateTimeFormat', () => formatDateTime(new Date('2026-11-17T15:00:00Z'))) > 0
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('loading the browser’s date data before the first render', () => {
  it('has a worker load it, then builds the first formatters, and stops the worker', async () => {
    const created = stubWorker((worker) => worker.onmessage?.())
    const { loadDateData, formatDateTime } = await freshModules()
    await loadDateData()
    expect(created).toHaveLength(1)
    expect(created[0]!.url.pathname).toMatch(/date-data-worker/)
    expect(created[0]!.options.type).toBe('module')
    expect(created[0]!.worker.terminated).toBe(true)
    expect(formattingBuildsAFormatter(formatDateTime)).toBe(false)
  })

  it('starts one worker however many times the page asks', async () => {
    const created = stubWorker((worker) => worker.onmessage?.())
    const { loadDateData } = await freshModules()
    await Promise.all([loadDateData(), loadDateData()])
    await loadDateData()
    expect(created).toHaveLength(1)
  })

  it('loads it on this thread where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined)
    const { loadDateData, formatDateTime } = await freshModules()
    await loadDateData()
    expect(formattingBuildsAFormatter(formatDateTime)).toBe(false)
  })

  it('loads it on this thread when the worker fails', async () => {
    const created = stubWorker((worker) => worker.onerror?.())
    const { loadDateData, formatDateTime } = await freshModules()
    await loadDateData()
    expect(created[0]!.worker.terminated).toBe(true)
    expect(formattingBuildsAFormatter(formatDateTime)).toBe(false)
  })

  it('loads it on this thread when the page may not start a worker', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by the content security policy', 'SecurityError')
        }
      },
    )
    const { loadDateData, formatDateTime } = await freshModules()
    await loadDateData()
    expect(formattingBuildsAFormatter(formatDateTime)).toBe(false)
  })

  it('waits no more than a second and a half for a worker that never answers', async () => {
    vi.useFakeTimers()
    const created = stubWorker(() => {})
    const { loadDateData, formatDateTime } = await freshModules()
    let loaded = false
    void loadDateData().then(() => (loaded = true))
    await vi.advanceTimersByTimeAsync(1_400)
    expect(loaded).toBe(false)
    // The worker starts after the next frame, at most a quarter of a second on.
    await vi.advanceTimersByTimeAsync(400)
    expect(loaded).toBe(true)
    expect(created[0]!.worker.terminated).toBe(true)
    expect(formattingBuildsAFormatter(formatDateTime)).toBe(false)
  })
})
