// In-page helpers, installed before the page's own scripts (page.addInitScript),
// so the probe sees every frame from navigation on. The measurement functions
// the benchmark sends later (page.evaluate) reach it as `window.benchProbe`.
// Everything here runs in the browser and must not refer to anything outside
// `installBenchProbe`, since only its source text reaches the page.

/** The transcript as every subject shows it: a region named "Transcript" whose rows are items of an ordered list. */
export type TranscriptParts = {
  region: HTMLElement
  scroller: HTMLElement
  search: HTMLInputElement
  status: HTMLElement
}

export type BenchProbe = {
  /** ms after navigation start at which a transcript row with text was first laid out, or null. */
  firstTextAt: number | null
  longTaskStarts: number[]
  maxElements: number
  /** Resolves in the next animation frame, before it paints. */
  frame: () => Promise<void>
  /** Resolves in the first task after the current frame has painted. */
  afterPaint: () => Promise<void>
  nextPaint: () => Promise<void>
  parts: () => TranscriptParts
  countElements: () => void
  /** Puts the media element's time, duration and playing state under the benchmark's control. */
  takeOverMedia: (durationSeconds: number) => void
  /** Moves playback to `seconds` and fires `timeupdate`, as a playing element does. */
  setMediaTime: (seconds: number) => void
}

declare global {
  interface Window {
    benchProbe: BenchProbe
  }
}

export function installBenchProbe() {
  const findRegion = () =>
    [...document.querySelectorAll<HTMLElement>('section[aria-labelledby]')].find(
      (section) => document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === 'Transcript',
    )
  const scrollableAncestor = (element: Element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node
    }
    throw new Error('the transcript has no scrolling container')
  }
  let media: { element: HTMLMediaElement; time: number } | null = null

  const probe: BenchProbe = {
    firstTextAt: null,
    longTaskStarts: [],
    maxElements: 0,
    frame: () => new Promise((resolve) => requestAnimationFrame(() => resolve())),
    afterPaint: () =>
      new Promise((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        channel.port2.postMessage(null)
      }),
    nextPaint: async () => {
      await probe.frame()
      await probe.afterPaint()
    },
    parts: () => {
      const region = findRegion()
      const row = region?.querySelector('ol > li')
      const search = region?.querySelector<HTMLInputElement>('input[type="search"]')
      const status = document.getElementById(search?.getAttribute('aria-describedby') ?? '')
      if (!region || !row || !search || !status) throw new Error('the transcript region, its rows or its search box are missing')
      return { region, scroller: scrollableAncestor(row), search, status }
    },
    countElements: () => {
      probe.maxElements = Math.max(probe.maxElements, document.getElementsByTagName('*').length)
    },
    takeOverMedia: (durationSeconds) => {
      const element = document.querySelector<HTMLMediaElement>('audio, video')
      if (!element) throw new Error('the page has no media element')
      const state = { element, time: 0 }
      Object.defineProperties(element, {
        currentTime: { configurable: true, get: () => state.time, set: (seconds: number) => (state.time = seconds) },
        duration: { configurable: true, get: () => durationSeconds },
        paused: { configurable: true, get: () => false },
        readyState: { configurable: true, get: () => HTMLMediaElement.HAVE_ENOUGH_DATA },
      })
      media = state
      for (const type of ['loadedmetadata', 'durationchange', 'play', 'playing']) element.dispatchEvent(new Event(type))
    },
    setMediaTime: (seconds) => {
      if (!media) throw new Error('takeOverMedia first')
      media.time = seconds
      media.element.dispatchEvent(new Event('timeupdate'))
    },
  }
  window.benchProbe = probe

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTaskStarts.push(entry.startTime)
  }).observe({ type: 'longtask', buffered: true })

  const watchFirstText = () => {
    const row = findRegion()?.querySelector('ol > li')
    if (row?.textContent?.trim() && row.getClientRects().length > 0) {
      probe.firstTextAt = performance.now()
      probe.countElements()
    } else requestAnimationFrame(watchFirstText)
  }
  requestAnimationFrame(watchFirstText)
}
